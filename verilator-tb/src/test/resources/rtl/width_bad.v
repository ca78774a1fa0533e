// Lint must flag the silent truncation of a 9-bit sum into 8 bits.
module width_bad (
  input  wire [7:0] a,
  input  wire [7:0] b,
  output wire [7:0] y
);
  wire [8:0] sum = a + b;
  assign y = sum;
endmodule
