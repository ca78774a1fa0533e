package plasticity.golden.maeri;

/**
 * One cycle of one multiplier switch's control {@code ctl_i} (docs/spec/maeri.md, "Control").
 *
 * @param fromLink bit 0, {@code src}: take the activation from the right neighbour's link rather
 *                 than the DN
 * @param send     bit 1: send the activation used this cycle to the left neighbour
 */
public record MsControl(boolean fromLink, boolean send) {

    /** Activation from the DN, nothing sent on the link. */
    public static final MsControl DN = new MsControl(false, false);

    /** The 2-bit {@code ctl_i} word. */
    public int encode() {
        return (fromLink ? 1 : 0) | (send ? 2 : 0);
    }
}
