// Yosys must refuse the latch this infers.
module latchy (
  input  wire       en,
  input  wire [3:0] d,
  output reg  [3:0] q
);
  always @* if (en) q = d;
endmodule
