// Registered passthrough of every Verilator container size: 1 (CData), 12 (SData), 32 (IData),
// 40 (QData), 100 and 256 (VlWide) bits.
module wide_pass (
  input  wire         clk,
  input  wire         rst,
  input  wire [0:0]   a,
  input  wire [11:0]  b,
  input  wire [31:0]  c,
  input  wire [39:0]  e,
  input  wire [99:0]  w,
  input  wire [255:0] v,
  output reg  [0:0]   a_q,
  output reg  [11:0]  b_q,
  output reg  [31:0]  c_q,
  output reg  [39:0]  e_q,
  output reg  [99:0]  w_q,
  output reg  [255:0] v_q
);
  always @(posedge clk) begin
    if (rst) begin
      a_q <= 1'b0;
      b_q <= 12'd0;
      c_q <= 32'd0;
      e_q <= 40'd0;
      w_q <= 100'd0;
      v_q <= 256'd0;
    end else begin
      a_q <= a;
      b_q <= b;
      c_q <= c;
      e_q <= e;
      w_q <= w;
      v_q <= v;
    end
  end
endmodule
