package plasticity.tb;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test that spawns Verilator, Yosys or Icarus. The parent pom excludes the tag
 * {@code verilator} by default; {@code -DexcludedGroups=none} (what {@code make test} does) runs them.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("verilator")
public @interface TagVerilator {}
