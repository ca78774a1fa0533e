package plasticity.golden.maeri;

/**
 * The parameters of MAERI's front end, the distribution network (DN) and the multiplier switches
 * (docs/spec/maeri.md, "Distribution network" and "Multiplier switches").
 *
 * @param n      N, the multiplier switches: a power of two, 2..256
 * @param w      W, the data width of weights and activations (signed): 2..32
 * @param acc    ACC, the product width: 2W..64
 * @param dnBw   the DN trees (root ports): a power of two, 1..N
 * @param dnPipe k, a DN pipeline register after every k switch levels; 0 = none; at most
 *               log2(N / dnBw)
 */
public record FrontEndConfig(int n, int w, int acc, int dnBw, int dnPipe) {

    public FrontEndConfig {
        if (n < 2 || n > ArtTopology.MAX_LEAVES || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("N = " + n + " multiplier switches is not supported:"
                    + " N must be a power of two from 2 to " + ArtTopology.MAX_LEAVES);
        }
        if (w < 2 || w > 32) {
            throw new IllegalArgumentException("W = " + w + " is out of range: data width 2..32 bits");
        }
        if (acc < 2 * w || acc > 64) {
            throw new IllegalArgumentException("ACC = " + acc + " is out of range: the product"
                    + " width must be 2W = " + (2 * w) + " .. 64 bits");
        }
        if (dnBw < 1 || dnBw > n || Integer.bitCount(dnBw) != 1) {
            throw new IllegalArgumentException("dnBw = " + dnBw + " DN trees is not supported:"
                    + " a power of two from 1 to N = " + n);
        }
        int levels = Integer.numberOfTrailingZeros(n / dnBw);
        if (dnPipe < 0 || dnPipe > levels) {
            throw new IllegalArgumentException("dnPipe = " + dnPipe + " is out of range: a tree of "
                    + (n / dnBw) + " MSs has " + levels + " switch levels, so dnPipe is 0.." + levels);
        }
    }

    /** S = N / dnBw, the multiplier switches under one tree (the mask width). */
    public int treeSize() {
        return n / dnBw;
    }

    /** D = log2 S, the switch levels of one tree. */
    public int treeLevels() {
        return Integer.numberOfTrailingZeros(treeSize());
    }

    /** Whether a pipeline register follows switch level {@code level} (0 = root). */
    public boolean registerAfter(int level) {
        return dnPipe > 0 && (level + 1) % dnPipe == 0;
    }

    /** R, the DN latency in cycles: 0 for dnPipe = 0, floor(D / dnPipe) otherwise. */
    public int dnLatency() {
        return dnPipe == 0 ? 0 : treeLevels() / dnPipe;
    }

    /** The bits of one DN word: S + W + 1. */
    public int wordWidth() {
        return treeSize() + w + 1;
    }
}
