// Icarus must refuse this: a missing semicolon.
module syntax_bad (
  input  wire a,
  output wire y
);
  assign y = ~a
endmodule
