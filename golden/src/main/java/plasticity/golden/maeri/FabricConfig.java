package plasticity.golden.maeri;

/**
 * The parameters of the MAERI fabric (docs/spec/maeri.md, "Fabric"): the front end (DN and
 * multiplier switches), the ART, the collection bus and the accumulation buffer.
 *
 * @param n      N, the multiplier switches: a power of two, 2..256
 * @param w      W, the signed data width of weights and activations: 2..32
 * @param acc    ACC, the width of products and ART sums (they wrap at ACC bits): 2W..64
 * @param bufW   BUFW, the width of an accumulation-buffer entry (it wraps at BUFW bits): ACC..64
 * @param dnBw   the DN trees (root ports): a power of two, 1..N
 * @param dnPipe a DN pipeline register after every dnPipe switch levels; 0 = none
 * @param rnBw   the collection-bus lines, one result each per cycle: 1..N
 * @param rnPipe an ART pipeline register after every rnPipe adder levels, counted from the leaf
 *               adders; 0 = none (the whole reduction in one cycle); at most log2 N
 * @param accDepth ACCD, the accumulation buffer's entries (a tag addresses one): a power of two,
 *               N..16N. The accelerator takes {@link #defaultAccDepth} by default: it keeps the
 *               results of about Q + 1 waves in flight, and with fewer slots than that a pass waits
 *               for them (docs/spec/maeri.md, "Accumulation buffer"); the fabric alone needs N
 */
public record FabricConfig(int n, int w, int acc, int bufW, int dnBw, int dnPipe, int rnBw, int rnPipe,
        int accDepth) {

    /**
     * A fabric with the accelerator's accumulation buffer, {@link #defaultAccDepth} entries (the
     * design {@code maeri-fabric} alone takes N when ACCD is not given).
     */
    public FabricConfig(int n, int w, int acc, int bufW, int dnBw, int dnPipe, int rnBw, int rnPipe) {
        this(n, w, acc, bufW, dnBw, dnPipe, rnBw, rnPipe,
                defaultAccDepth(new FabricConfig(n, w, acc, bufW, dnBw, dnPipe, rnBw, rnPipe, 2 * n)));
    }

    /**
     * The accelerator's accumulation-buffer entries when ACCD is not given (docs/spec/maeri.md,
     * "Accumulation buffer"): room for a wave of rnBw sums every row while each waits Q + 1 rows
     * for its drains, with a row to spare, {@code rnBw (Q + 2)} rounded up to a power of two, at
     * least 2N and at most 16N; Q = {@link #quietAdvances()}. Only {@code c}'s N, pipelining and rnBw
     * count, not its ACCD.
     */
    public static int defaultAccDepth(FabricConfig c) {
        long need = (long) c.rnBw() * (c.quietAdvances() + 2);
        int depth = 2 * c.n();
        while (depth < need && depth < 16 * c.n()) {
            depth <<= 1;
        }
        return depth;
    }

    /**
     * Q, the rows from a wave's issue until its sums are in the accumulation buffer: the DN's
     * registers, the multiplier's, and the ART's (docs/spec/maeri.md, "Quiet").
     */
    public int quietAdvances() {
        return frontEnd().dnLatency() + 1 + artLatency(0);
    }

    public FabricConfig {
        var frontEnd = new FrontEndConfig(n, w, acc, dnBw, dnPipe); // N, W, ACC, dnBw, dnPipe
        if (bufW < acc || bufW > 64) {
            throw new IllegalArgumentException("BUFW = " + bufW + " is out of range: an accumulation"
                    + " buffer entry holds ACC = " + acc + " .. 64 bits");
        }
        if (rnBw < 1 || rnBw > n) {
            throw new IllegalArgumentException("rnBw = " + rnBw + " collection-bus lines is out of"
                    + " range: 1 .. N = " + n);
        }
        int levels = Integer.numberOfTrailingZeros(n);
        if (rnPipe < 0 || rnPipe > levels) {
            throw new IllegalArgumentException("rnPipe = " + rnPipe + " is out of range: an ART of N = "
                    + n + " has " + levels + " adder levels, so rnPipe is 0.." + levels);
        }
        if (accDepth < n || accDepth > 16 * n || Integer.bitCount(accDepth) != 1) {
            throw new IllegalArgumentException("ACCD = " + accDepth + " accumulation-buffer entries is out of"
                    + " range: a power of two, N = " + n + " .. 16N = " + 16 * n);
        }
    }

    /** The front end's parameters. */
    public FrontEndConfig frontEnd() {
        return new FrontEndConfig(n, w, acc, dnBw, dnPipe);
    }

    /** L = log2 N, the adder levels of the ART. */
    public int artLevels() {
        return Integer.numberOfTrailingZeros(n);
    }

    /**
     * Whether the adder switches of {@code level} (0 = root) register their up port and collection
     * lanes: counted from the leaf adders, after every rnPipe levels.
     */
    public boolean artRegistered(int level) {
        return rnPipe > 0 && (artLevels() - level) % rnPipe == 0;
    }

    /**
     * The cycles (advancing cycles, see "Collection bus") from a product vector at the ART's inputs
     * to a VN collected at {@code level} on its collection lane: 0 for rnPipe = 0, else
     * floor((L - level) / rnPipe).
     */
    public int artLatency(int level) {
        return rnPipe == 0 ? 0 : (artLevels() - level) / rnPipe;
    }

    /** The collection lanes: lane 0 of every adder switch and lane 1 of every leaf adder, 3N/2 - 1. */
    public int lanes() {
        return CollectionLanes.count(n);
    }

    /** The bits of a VN tag (an accumulation-buffer address): log2 ACCD. */
    public int tagBits() {
        return Integer.numberOfTrailingZeros(accDepth);
    }
}
