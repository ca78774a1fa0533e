package plasticity.golden.eve;

/**
 * Parameters of the EvE PE (docs/spec/eve.md, "PE pipeline").
 *
 * @param queueDepth QUEUE, the words of each parent's input queue: a power of two, 2..64
 */
public record EvePeConfig(int queueDepth) {

    /** The draft's 2-word circular queue: enough for one gene per cycle. */
    public static final int DEFAULT_QUEUE = 2;

    public EvePeConfig {
        if (queueDepth < 2 || queueDepth > 64 || Integer.bitCount(queueDepth) != 1) {
            throw new IllegalArgumentException("EvE PE QUEUE = " + queueDepth
                    + " is not supported: a power of two, 2..64 words per parent queue");
        }
    }
}
