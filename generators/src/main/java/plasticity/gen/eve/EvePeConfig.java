package plasticity.gen.eve;

import plasticity.gen.ConfigException;

/**
 * The EvE PE's generator configuration (docs/spec/eve.md, "PE pipeline").
 *
 * @param queue QUEUE, words of each parent's input queue: a power of two, 2..64
 */
public record EvePeConfig(int queue) {
  public EvePeConfig {
    if (queue < 2 || queue > 64 || Integer.bitCount(queue) != 1) {
      throw new ConfigException("eve-pe: QUEUE=" + queue + " must be a power of two in 2..64 "
          + "(2 words stream a gene per cycle; a longer queue belongs in SRAM, not in registers)");
    }
  }
}
