package plasticity.templates;

import java.io.StringWriter;
import java.util.Map;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;

/**
 * The one Velocity engine every Plasticity emitter renders through.
 *
 * <p>Strict mode is on: a reference the template uses but the view does not provide is an
 * error, not a silent blank line in the Verilog. Templates receive precomputed views; they do
 * no width arithmetic. {@code $d} is bound to a literal dollar sign so templates can write
 * {@code ${d}clog2} or {@code ${d}display} (Velocity would otherwise parse {@code $display} as a
 * reference). Templates are loaded from the classpath under {@code templates/}.
 */
public final class TemplateEngine {
  private static final TemplateEngine SHARED = new TemplateEngine();

  private final VelocityEngine velocity;

  private TemplateEngine() {
    velocity = new VelocityEngine();
    velocity.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
    velocity.setProperty(
        "resource.loader.classpath.class",
        "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
    velocity.setProperty("resource.loader.classpath.cache", true);
    velocity.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
    velocity.setProperty("parser.space_gobbling", "lines");
    velocity.init();
  }

  /** The engine; thread-safe once initialised, and templates are parsed once and cached. */
  public static TemplateEngine shared() {
    return SHARED;
  }

  /**
   * Renders {@code templates/<name>} with the given view.
   *
   * @param name a path below {@code templates/}, e.g. {@code verilog/module.v.vm}
   * @param view the template's variables; iteration order is the caller's (use ordered maps)
   */
  public String render(String name, Map<String, ?> view) {
    Template template = velocity.getTemplate("templates/" + name, "UTF-8");
    VelocityContext context = new VelocityContext();
    view.forEach(context::put);
    context.put("d", "$");
    StringWriter out = new StringWriter();
    template.merge(context, out);
    return out.toString();
  }
}
