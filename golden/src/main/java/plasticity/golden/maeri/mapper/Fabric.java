package plasticity.golden.maeri.mapper;

import plasticity.golden.maeri.ArtTopology;
import plasticity.golden.maeri.FrontEndConfig;

/**
 * The MAERI fabric a layer is mapped onto, as the cost model sees it (docs/spec/maeri.md,
 * "Mapper"): N multiplier switches, the DN's dnBw trees (one word per tree per cycle), rnBw
 * collection lines (one finished sum per line per cycle), the data width W, the accumulator width
 * ACC of the ART and the accumulation buffer, and the DN pipelining dnPipe.
 *
 * @param n      N, a power of two, 2..256
 * @param dnBw   DN trees: a power of two, 1..N
 * @param rnBw   collection lines: a power of two, 1..N
 * @param w      data width of weights and activations, signed: 2..32
 * @param acc    accumulator width: 2W..64
 * @param dnPipe a DN pipeline register every dnPipe switch levels, 0 = none (as the front end)
 */
public record Fabric(int n, int dnBw, int rnBw, int w, int acc, int dnPipe) {

    /** W = 16: the activation and weight format Q5.10 (docs/spec/fixed-point.md). */
    public static final int DEFAULT_W = 16;
    /** ACC = 48: the accumulator format Q27.20 (docs/spec/fixed-point.md). */
    public static final int DEFAULT_ACC = 48;

    public Fabric {
        FrontEndConfig frontEnd = new FrontEndConfig(n, w, acc, dnBw, dnPipe);
        if (rnBw < 1 || rnBw > n || Integer.bitCount(rnBw) != 1) {
            throw new IllegalArgumentException("rnBw = " + rnBw + " collection lines is not"
                    + " supported: a power of two from 1 to N = " + n);
        }
        frontEnd.dnLatency();
    }

    /** N, dnBw and rnBw with W = 16, ACC = 48 and no DN pipeline register. */
    public static Fabric of(int n, int dnBw, int rnBw) {
        return new Fabric(n, dnBw, rnBw, DEFAULT_W, DEFAULT_ACC, 0);
    }

    /** The multiplier switches under one DN tree, N / dnBw. */
    public int treeSize() {
        return n / dnBw;
    }

    /** The DN tree that feeds multiplier switch {@code ms}. */
    public int treeOf(int ms) {
        return ms / treeSize();
    }

    /** R, the DN latency (docs/spec/maeri.md, "Pipelining: dnPipe"). */
    public int dnLatency() {
        return new FrontEndConfig(n, w, acc, dnBw, dnPipe).dnLatency();
    }

    /** L = log2 N, the ART's levels. */
    public int artLevels() {
        return new ArtTopology(n).levels();
    }

    /**
     * The cycles after the last DN word of a layer until its last sum is in the accumulation
     * buffer: R (DN) + 1 (the product register) + L (the ART, root readable L cycles after its
     * products) + 1 (the collection bus register).
     */
    public int tail() {
        return dnLatency() + 1 + artLevels() + 1;
    }

    /**
     * The largest number of products one output may sum so that no partial or final sum can
     * leave the ACC-bit range: a product is at most 2^(2W-2) in magnitude.
     */
    public long maxFanIn() {
        return ((1L << (acc - 1)) - 1) >> (2 * w - 2);
    }

    /** "N=64 dnBw=8 rnBw=8 W=16 ACC=48 dnPipe=0". */
    public String describe() {
        return "N=" + n + " dnBw=" + dnBw + " rnBw=" + rnBw + " W=" + w + " ACC=" + acc
                + " dnPipe=" + dnPipe;
    }
}
