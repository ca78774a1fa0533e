package plasticity.gen.maeri;

/** Where an adder switch's forwarding link is (docs/spec/maeri.md, "Structure"). */
public enum LinkSide {
  /** The first and last switch of a level: no link. */
  NONE,
  /** A nonzero even index: the link joins the left neighbour; the near child is the left one. */
  LEFT,
  /** An odd index: the link joins the right neighbour; the near child is the right one. */
  RIGHT
}
