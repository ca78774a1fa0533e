// acc8 with a deliberate bug: the enable is ignored when d is 8'hff (a regression must catch it).
module acc8 (
  input  wire       clk,
  input  wire       rst,
  input  wire       en,
  input  wire [7:0] d,
  output wire [7:0] q
);
  reg [7:0] sum;
  always @(posedge clk) begin
    if (rst)                    sum <= 8'd0;
    else if (en || d == 8'hff)  sum <= sum + d;
  end
  assign q = sum;
endmodule
