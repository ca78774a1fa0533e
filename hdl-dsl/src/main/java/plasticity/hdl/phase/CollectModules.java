package plasticity.hdl.phase;

import java.util.HashSet;
import java.util.Set;
import plasticity.hdl.ir.InstanceIr;
import plasticity.hdl.ir.ModuleIr;

/**
 * Deduplication: structurally identical modules (equal fingerprints) become one. Every later
 * phase runs once per unique module, so a chain of 1000 equal accumulators is checked once.
 */
final class CollectModules implements Phase {
  @Override
  public String name() {
    return "dedup";
  }

  @Override
  public void run(CompileContext c) {
    visit(c.top, c, new HashSet<>());
  }

  private void visit(ModuleIr m, CompileContext c, Set<String> done) {
    if (c.seen.put(m, Boolean.TRUE) != null || done.contains(m.fingerprint())) {
      return;
    }
    for (InstanceIr i : m.instances()) {
      visit(i.module(), c, done);
    }
    if (done.add(m.fingerprint())) {
      c.unique.add(m);
    }
  }
}
