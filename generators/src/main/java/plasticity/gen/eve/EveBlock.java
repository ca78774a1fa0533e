package plasticity.gen.eve;

import plasticity.golden.neat.hardware.GeneFormat;
import plasticity.hdl.Bool;
import plasticity.hdl.Fields;
import plasticity.hdl.Module;
import plasticity.hdl.SInt;
import plasticity.hdl.UInt;

/**
 * What every EvE block shares: the 64-bit gene's fields (docs/spec/gene-format.md, named by
 * {@link GeneFormat}'s constants) and the configuration registers as port bundles
 * (docs/spec/eve.md, "Register map").
 */
abstract class EveBlock extends Module {
  static final int GENE = 64;
  /** A parent gene without its genome id, which the child's replaces: bits [55:0]. */
  static final int PARENT_GENE = GeneFormat.GENOME_ID_SHIFT;
  static final int KEY = GeneFormat.KEY_BITS;
  static final int SORT_KEY = 2 * KEY;
  static final int CODE = 8;
  /** A pending connection: its sort key, weight code and enabled flag; the rest of the gene is fixed. */
  static final int ENTRY = SORT_KEY + CODE + 1;

  // ----- gene fields --------------------------------------------------------------------------

  static Bool isConnection(UInt gene) {
    return gene.bit(GeneFormat.TYPE_SHIFT);
  }

  static Bool isOutput(UInt gene) {
    return gene.bit(GeneFormat.OUTPUT_SHIFT);
  }

  /** Key A: a node's key, a connection's input. */
  static UInt keyA(UInt gene) {
    return gene.bits(GeneFormat.KEY_A_SHIFT + KEY - 1, GeneFormat.KEY_A_SHIFT);
  }

  /** Key B: a connection's output (0 in a node gene). */
  static UInt keyB(UInt gene) {
    return gene.bits(GeneFormat.KEY_B_SHIFT + KEY - 1, GeneFormat.KEY_B_SHIFT);
  }

  /** Attribute byte i (1..4): bits [39 - 8i : 32 - 8i]. */
  static UInt attribute(UInt gene, int i) {
    return gene.bits(39 - 8 * i, 32 - 8 * i);
  }

  /** The sort key of (key A, key B): each key's sign bit inverted, so unsigned order is signed order. */
  final UInt sortKey(UInt a, UInt b) {
    return cat(a.bit(KEY - 1).not(), a.bits(KEY - 2, 0), b.bit(KEY - 1).not(), b.bits(KEY - 2, 0)).asUInt();
  }

  final UInt sortKey(UInt gene) {
    return sortKey(keyA(gene), keyB(gene));
  }

  /** A node gene: hidden or output, with its four attribute bytes. */
  final UInt nodeGene(UInt genomeId, UInt key, Bool output, UInt attributes) {
    return cat(genomeId, False(), key, U(0, KEY), output, attributes).asUInt();
  }

  /** The connection gene of a pending entry. */
  final UInt connectionGene(UInt genomeId, UInt entry) {
    UInt key = entry.bits(ENTRY - 1, CODE + 1);
    UInt in = cat(key.bit(SORT_KEY - 1).not(), key.bits(SORT_KEY - 2, KEY)).asUInt();
    UInt out = cat(key.bit(KEY - 1).not(), key.bits(KEY - 2, 0)).asUInt();
    return cat(genomeId, True(), in, out, False(), entry.bits(CODE, 1), U(0, 7), entry.bit(0), U(0, 16)).asUInt();
  }

  /** A pending entry: the connection in -> out with this weight code and flag. */
  final UInt entry(UInt in, UInt out, UInt weight, Bool enabled) {
    return cat(sortKey(in, out), weight, enabled).asUInt();
  }

  static UInt entryKey(UInt entry) {
    return entry.bits(ENTRY - 1, CODE + 1);
  }

  /** A pipeline register: takes {@code value} when {@code enable}, else holds. No reset: a valid bit says when it means something. */
  final Bool stageReg(String name, Bool value, Bool enable) {
    Bool r = reg(name, Bool()).enable(enable);
    r.next(value);
    return r;
  }

  final UInt stageReg(String name, UInt value, Bool enable) {
    UInt r = reg(name, UInt(value.width())).enable(enable);
    r.next(value);
    return r;
  }

  // ----- pipeline registers ------------------------------------------------------------------

  /**
   * What every pipeline register S1..S3 holds besides its payload, and the ready that flows
   * back: a step or END is there ({@code valid}), of the connection phase ({@code conn}), the
   * END token ({@code end}), a SECOND_ONLY step that only takes its draws ({@code skip}).
   * {@code ready}: the next stage takes it this cycle.
   */
  static final class Stage {
    final Bool valid;
    final Bool ready;
    final Bool conn;
    final Bool end;
    final Bool skip;

    Stage(Fields f) {
      valid = f.out("valid", Bool());
      ready = f.in("ready", Bool());
      conn = f.out("conn", Bool());
      end = f.out("end", Bool());
      skip = f.out("skip", Bool());
    }

    /** Connects this stage input to the stage output {@code s} (ready back). */
    void from(Stage s) {
      valid.drive(s.valid);
      conn.drive(s.conn);
      end.drive(s.end);
      skip.drive(s.skip);
      s.ready.drive(ready);
    }

    /** A step of either phase: not END, not SECOND_ONLY. */
    Bool step() {
      return end.not().and(skip.not());
    }
  }

  // ----- configuration bundles ----------------------------------------------------------------

  /** The pin counts (register PINS). */
  static final class Pins {
    final UInt numInputs;
    final UInt numOutputs;

    Pins(Fields f) {
      numInputs = f.out("num_inputs", UInt(KEY));
      numOutputs = f.out("num_outputs", UInt(KEY));
    }

    void from(Pins s) {
      numInputs.drive(s.numInputs);
      numOutputs.drive(s.numOutputs);
    }
  }

  /** A float attribute's registers (FloatCodes): rates and multipliers unsigned, codes signed. */
  static final class FloatRegs {
    final UInt mutateRate;
    final UInt replaceRate;
    final UInt power;
    final UInt initSpread;
    final SInt initMean;
    final SInt min;
    final SInt max;

    FloatRegs(Fields f) {
      mutateRate = f.out("mutate_rate", UInt(CODE));
      replaceRate = f.out("replace_rate", UInt(CODE));
      power = f.out("power", UInt(CODE));
      initSpread = f.out("init_spread", UInt(CODE));
      initMean = f.out("init_mean", SInt(CODE));
      min = f.out("min", SInt(CODE));
      max = f.out("max", SInt(CODE));
    }

    void from(FloatRegs s) {
      mutateRate.drive(s.mutateRate);
      replaceRate.drive(s.replaceRate);
      power.drive(s.power);
      initSpread.drive(s.initSpread);
      initMean.drive(s.initMean);
      min.drive(s.min);
      max.drive(s.max);
    }
  }

  /** A choice attribute's registers (ChoiceCodes): the option table, option i at bits [4i+3:4i]. */
  static final class ChoiceRegs {
    static final int OPTION = 4;
    static final int OPTIONS = 16;

    final UInt mutateRate;
    final UInt count;
    final UInt defaultCode;
    final Bool defaultRandom;
    final UInt table;

    ChoiceRegs(Fields f) {
      mutateRate = f.out("mutate_rate", UInt(CODE));
      count = f.out("count", UInt(5));
      defaultCode = f.out("default_code", UInt(OPTION));
      defaultRandom = f.out("default_random", Bool());
      table = f.out("table", UInt(OPTION * OPTIONS));
    }

    void from(ChoiceRegs s) {
      mutateRate.drive(s.mutateRate);
      count.drive(s.count);
      defaultCode.drive(s.defaultCode);
      defaultRandom.drive(s.defaultRandom);
      table.drive(s.table);
    }
  }

  /** The enabled flag's registers. */
  static final class EnabledRegs {
    final UInt mutateRate;
    final Bool defaultValue;
    final Bool defaultRandom;

    EnabledRegs(Fields f) {
      mutateRate = f.out("mutate_rate", UInt(CODE));
      defaultValue = f.out("default_value", Bool());
      defaultRandom = f.out("default_random", Bool());
    }

    void from(EnabledRegs s) {
      mutateRate.drive(s.mutateRate);
      defaultValue.drive(s.defaultValue);
      defaultRandom.drive(s.defaultRandom);
    }
  }

  /** The per-child entry (ChildSettings): genome id and the four UQ0.16 structural rates. */
  static final class ChildRegs {
    final UInt genomeId;
    final UInt nodeDelete;
    final UInt connAdd;
    final UInt connDelete;
    final UInt nodeAdd;

    ChildRegs(Fields f) {
      genomeId = f.out("genome_id", UInt(GeneFormat.GENOME_ID_BITS));
      nodeDelete = f.out("node_delete", UInt(16));
      connAdd = f.out("conn_add", UInt(16));
      connDelete = f.out("conn_delete", UInt(16));
      nodeAdd = f.out("node_add", UInt(16));
    }

    void from(ChildRegs s) {
      genomeId.drive(s.genomeId);
      nodeDelete.drive(s.nodeDelete);
      connAdd.drive(s.connAdd);
      connDelete.drive(s.connDelete);
      nodeAdd.drive(s.nodeAdd);
    }
  }
}
