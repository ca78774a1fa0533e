package plasticity.hdl.ir;

/** A child instance: its name in the parent and the child's elaborated module. */
public record InstanceIr(String name, ModuleIr module, SourceLocation location) {
  @Override
  public String toString() {
    // Identity of the child is its fingerprint; printing the whole subtree would be quadratic.
    return "Instance[" + name + ":" + module.fingerprint() + "]";
  }
}
