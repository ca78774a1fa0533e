package plasticity.hdl;

import java.security.CodeSource;
import java.util.Objects;
import plasticity.hdl.ir.SourceLocation;

/**
 * Finds the user's source line for a DSL call: the first stack frame that belongs neither to
 * this library nor to the JDK. Library classes are recognised by their code source (the
 * hdl-dsl jar or classes directory), so user code in any package, even {@code plasticity.hdl}
 * tests, is found.
 */
final class Locator {
  private static final StackWalker WALKER =
      StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
  private static final CodeSource LIBRARY = Locator.class.getProtectionDomain().getCodeSource();

  private Locator() {}

  static SourceLocation here() {
    return WALKER.walk(
        frames ->
            frames
                .filter(f -> !isLibrary(f.getDeclaringClass()))
                .findFirst()
                .map(f -> new SourceLocation(fileOf(f), f.getLineNumber()))
                .orElse(SourceLocation.UNKNOWN));
  }

  private static boolean isLibrary(Class<?> c) {
    String name = c.getName();
    if (name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")) {
      return true;
    }
    return Objects.equals(c.getProtectionDomain().getCodeSource(), LIBRARY);
  }

  private static String fileOf(StackWalker.StackFrame f) {
    String file = f.getFileName();
    return file != null ? file : f.getDeclaringClass().getSimpleName() + ".java";
  }
}
