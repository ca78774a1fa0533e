package plasticity.gen.blocks;

import java.util.ArrayList;
import java.util.List;
import plasticity.hdl.Bool;
import plasticity.hdl.Module;
import plasticity.hdl.SInt;
import plasticity.hdl.Vec;

/**
 * A pipelined signed adder tree: sums N inputs in ceil(log2 N) levels of pairwise adders,
 * each level one bit wider so nothing overflows, with a register stage after every K-th level
 * (docs/spec/adder-tree.md). MAERI's reduction network is built on this shape.
 */
public final class AdderTree extends Module {
  public AdderTree(AdderTreeConfig c) {
    param("N", c.inputs());
    param("W", c.width());
    param("K", c.registerEvery());
    doc("sum of " + c.inputs() + " signed inputs, latency " + c.latency());

    Bool inValid = in("in_valid", Bool());
    Vec<SInt> in = inVec("in", c.inputs(), SInt(c.width()));
    Bool outValid = out("out_valid", Bool());
    SInt outSum = out("out_sum", SInt(c.outputWidth()));

    List<SInt> level = new ArrayList<>(in);
    Bool valid = inValid;
    for (int l = 1; l <= c.levels(); l++) {
      List<SInt> next = new ArrayList<>();
      for (int j = 0; 2 * j < level.size(); j++) {
        SInt sum = 2 * j + 1 < level.size()
            ? level.get(2 * j).plusGrow(level.get(2 * j + 1))
            : level.get(2 * j).extend(); // the odd one out passes up, one bit wider
        next.add(sum.named("sum_l" + l + "_" + j));
      }
      if (c.registeredAfter(l)) {
        for (int j = 0; j < next.size(); j++) {
          SInt stage = reg("stage_l" + l + "_" + j, SInt(c.width() + l)).init(0);
          stage.next(next.get(j));
          next.set(j, stage);
        }
        Bool stageValid = reg("valid_l" + l, Bool()).init(0);
        stageValid.next(valid);
        valid = stageValid;
      }
      level = next;
    }
    outSum.drive(level.get(0));
    outValid.drive(valid);
  }
}
