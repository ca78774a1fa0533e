// An 8-bit accumulator with enable and synchronous reset: the known-good DUT of the tests.
module acc8 (
  input  wire       clk,
  input  wire       rst,
  input  wire       en,
  input  wire [7:0] d,
  output wire [7:0] q
);
  reg [7:0] sum;
  always @(posedge clk) begin
    if (rst)     sum <= 8'd0;
    else if (en) sum <= sum + d;
  end
  assign q = sum;
endmodule
