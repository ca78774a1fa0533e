// Yosys must refuse the combinational loop a -> b -> a.
module loopy (
  input  wire x,
  output wire y
);
  wire a;
  wire b;
  assign a = b ^ x;
  assign b = a & x;
  assign y = b;
endmodule
