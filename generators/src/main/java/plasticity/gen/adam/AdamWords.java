package plasticity.gen.adam;

/**
 * The spec's word and address fields (docs/spec/adam.md, "Words" and "Host port and address
 * map"), as the RTL decodes them. Written again here on purpose: the generator never calls the
 * golden model.
 */
final class AdamWords {
  private AdamWords() {}

  static final int SLOT_BITS = 12;
  static final int COUNT_BITS = 13;

  static final int LINK_SOURCE_LSB = 16;
  static final int LINK_TOP = LINK_SOURCE_LSB + SLOT_BITS;

  static final int NODE_RESPONSE_LSB = 16;
  static final int NODE_ACTIVATION_LSB = 32;
  static final int NODE_DEST_LSB = 36;
  static final int NODE_FAN_IN_LSB = 48;
  static final int NODE_TOP = NODE_FAN_IN_LSB + COUNT_BITS;
  /** Activation codes 0..4 are defined (docs/spec/adam.md, "Activation codes"). */
  static final int ACTIVATIONS = 5;

  static final int CONTROL_INPUTS_LSB = COUNT_BITS;
  static final int CONTROL_TOP = CONTROL_INPUTS_LSB + COUNT_BITS;

  static final int ADDR_OFFSET_BITS = 12;
  static final int ADDR_COL_LSB = 12;
  static final int ADDR_ROW_LSB = 18;
  static final int ADDR_SIDE_BITS = 6;
  static final int ADDR_CAST_LSB = 24;
  static final int ADDR_REGION_LSB = 26;
  static final int ADDR_TOP = 29;

  static final int REGION_LINK = 0;
  static final int REGION_NODE = 1;
  static final int REGION_VALUE = 2;
  static final int REGION_CONTROL = 3;
  static final int REGION_GLOBAL = 4;

  static final int GLOBAL_START = 0;
  static final int GLOBAL_STATUS = 0;
  static final int GLOBAL_CYCLES = 1;

  /** PE states, as the status word shows them. */
  static final int IDLE = 0;
  static final int RUNNING = 1;
  static final int DONE = 2;
  static final int ERROR = 3;

  /** Error bits of a PE (status bits 2..4). */
  static final int ERR_MALFORMED = 1;
  static final int ERR_ORDER = 2;
  static final int ERR_OVERFLOW = 4;
}
