package plasticity.hdl.phase;

/**
 * One step of the compiler, after SpinalHDL's Phase.scala: checks add errors to the context,
 * transforms add results. {@link Compiler#PHASES} is the ordered list.
 */
public interface Phase {
  /** A short name for errors and timing ("width", "driver", "loop", "latch", ...). */
  String name();

  void run(CompileContext context);
}
