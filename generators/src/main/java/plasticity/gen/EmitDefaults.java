package plasticity.gen;
public final class EmitDefaults { public static void main(String[] a) { System.out.println("emit " + plasticity.hdl.Probe.hi() + " -> " + a[0]); } }
