package plasticity.hdl;

import java.lang.reflect.Modifier;
import java.security.CodeSource;
import java.util.Objects;
import plasticity.hdl.ir.SourceLocation;

/**
 * Finds the user's source line for a DSL call: the first stack frame that belongs neither to
 * this library nor to the JDK. A library class is one of package {@code plasticity.hdl} loaded
 * from the DSL's own code source: the package alone would hide the DSL's tests, the code source
 * alone would hide every generator once all are shaded into one jar. The constructor of an
 * abstract {@link Module} subclass (a base that several blocks share) is passed over too: it
 * runs first in every block's constructor, and the block's own line is the one worth naming.
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
                .filter(f -> !isLibrary(f.getDeclaringClass()) && !isBaseConstructor(f))
                .findFirst()
                .map(f -> new SourceLocation(fileOf(f), f.getLineNumber()))
                .orElse(SourceLocation.UNKNOWN));
  }

  private static boolean isLibrary(Class<?> c) {
    String name = c.getName();
    if (name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")) {
      return true;
    }
    return name.startsWith("plasticity.hdl.")
        && Objects.equals(c.getProtectionDomain().getCodeSource(), LIBRARY);
  }

  private static boolean isBaseConstructor(StackWalker.StackFrame f) {
    Class<?> c = f.getDeclaringClass();
    return f.getMethodName().equals("<init>") && Modifier.isAbstract(c.getModifiers()) && Module.class.isAssignableFrom(c);
  }

  private static String fileOf(StackWalker.StackFrame f) {
    String file = f.getFileName();
    return file != null ? file : f.getDeclaringClass().getSimpleName() + ".java";
  }
}
