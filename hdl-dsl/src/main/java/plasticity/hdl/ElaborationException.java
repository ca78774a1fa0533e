package plasticity.hdl;

import java.util.List;
import java.util.stream.Collectors;

/** The problems the checking phases found, every one with the user's source line. */
public final class ElaborationException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<HdlError> errors;

  public ElaborationException(List<HdlError> errors) {
    super(
        errors.size() + " error(s) in the hardware description:\n"
            + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n")));
    this.errors = List.copyOf(errors);
  }

  public List<HdlError> errors() {
    return errors;
  }
}
