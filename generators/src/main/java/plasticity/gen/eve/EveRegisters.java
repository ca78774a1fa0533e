package plasticity.gen.eve;

import static plasticity.golden.eve.EveRegisterMap.ACTIVATION;
import static plasticity.golden.eve.EveRegisterMap.AGGREGATION;
import static plasticity.golden.eve.EveRegisterMap.BIAS_RATES;
import static plasticity.golden.eve.EveRegisterMap.CHILD;
import static plasticity.golden.eve.EveRegisterMap.CHOICE_RANDOM_BIT;
import static plasticity.golden.eve.EveRegisterMap.CONN_RATES;
import static plasticity.golden.eve.EveRegisterMap.ENABLED;
import static plasticity.golden.eve.EveRegisterMap.NODE_RATES;
import static plasticity.golden.eve.EveRegisterMap.PINS;
import static plasticity.golden.eve.EveRegisterMap.RESPONSE_RATES;
import static plasticity.golden.eve.EveRegisterMap.WEIGHT_RATES;

import plasticity.golden.eve.EveRegisterMap;
import plasticity.hdl.Bool;
import plasticity.hdl.UInt;

/**
 * The PE's configuration registers (docs/spec/eve.md, "Register map"): a 32-bit write at a
 * 5-bit address loads the fields that register holds; reset clears them. The PRNG words and
 * START are decoded by the PE, not stored here.
 */
final class EveRegisters extends EveBlock {
  final Bool write;
  final UInt address;
  final UInt data;
  final Pins pins;
  final FloatRegs bias;
  final FloatRegs response;
  final FloatRegs weight;
  final ChoiceRegs activation;
  final ChoiceRegs aggregation;
  final EnabledRegs enabled;
  final ChildRegs child;

  EveRegisters() {
    doc("EvE PE configuration registers (run configuration and the child's settings)");
    write = in("write", Bool());
    address = in("address", UInt(EveRegisterMap.ADDRESS_BITS));
    data = in("data", UInt(32));
    pins = port("pins", Pins::new);
    bias = port("bias", FloatRegs::new);
    response = port("response", FloatRegs::new);
    weight = port("weight", FloatRegs::new);
    activation = port("activation", ChoiceRegs::new);
    aggregation = port("aggregation", ChoiceRegs::new);
    enabled = port("enabled", EnabledRegs::new);
    child = port("child", ChildRegs::new);

    pins.numInputs.drive(field("num_inputs", PINS, 10, 0));
    pins.numOutputs.drive(field("num_outputs", PINS, 26, 16));
    floats("bias", bias, BIAS_RATES);
    floats("response", response, RESPONSE_RATES);
    floats("weight", weight, WEIGHT_RATES);
    choice("activation", activation, ACTIVATION);
    choice("aggregation", aggregation, AGGREGATION);
    enabled.mutateRate.drive(field("enabled_rate", ENABLED, 7, 0));
    enabled.defaultValue.drive(flag("enabled_default", ENABLED, 8));
    enabled.defaultRandom.drive(flag("enabled_random", ENABLED, 9));
    child.genomeId.drive(field("genome_id", CHILD, 7, 0));
    child.nodeDelete.drive(field("node_delete", NODE_RATES, 15, 0));
    child.connAdd.drive(field("conn_add", NODE_RATES, 31, 16));
    child.connDelete.drive(field("conn_delete", CONN_RATES, 15, 0));
    child.nodeAdd.drive(field("node_add", CONN_RATES, 31, 16));
  }

  /** A register holding bits [high:low] of the word written at {@code at}. */
  private UInt field(String name, int at, int high, int low) {
    UInt r = reg(name + "_q", UInt(high - low + 1)).init(0).enable(write.and(address.eq(at)));
    r.next(data.bits(high, low));
    return r;
  }

  private Bool flag(String name, int at, int bit) {
    Bool r = reg(name + "_q", Bool()).init(0).enable(write.and(address.eq(at)));
    r.next(data.bit(bit));
    return r;
  }

  /** RATES at {@code at}, CODES at {@code at + 1}. */
  private void floats(String name, FloatRegs f, int at) {
    f.mutateRate.drive(field(name + "_mutate_rate", at, 7, 0));
    f.replaceRate.drive(field(name + "_replace_rate", at, 15, 8));
    f.power.drive(field(name + "_power", at, 23, 16));
    f.initSpread.drive(field(name + "_init_spread", at, 31, 24));
    f.initMean.drive(field(name + "_init_mean", at + 1, 7, 0).asSInt());
    f.min.drive(field(name + "_min", at + 1, 15, 8).asSInt());
    f.max.drive(field(name + "_max", at + 1, 23, 16).asSInt());
  }

  /** The choice register at {@code at}, its table's low and high words after it. */
  private void choice(String name, ChoiceRegs c, int at) {
    c.mutateRate.drive(field(name + "_mutate_rate", at, 7, 0));
    c.count.drive(field(name + "_count", at, 12, 8));
    c.defaultCode.drive(field(name + "_default", at, 19, 16));
    c.defaultRandom.drive(flag(name + "_random", at, CHOICE_RANDOM_BIT));
    c.table.drive(cat(field(name + "_table_hi", at + 2, 31, 0), field(name + "_table_lo", at + 1, 31, 0)).asUInt());
  }
}
