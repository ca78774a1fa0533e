package plasticity.golden.eve;

/**
 * Parameters of the EvE array (docs/spec/eve.md, "Array", "Parameters"). Each bad value is
 * refused with its name, its value and the allowed range.
 *
 * @param pes        P, the PEs: 1..256 (the genome id is 8 bits)
 * @param banks      SRAM banks: 1..256
 * @param depth      words per bank: a power of two, 2..65536
 * @param width      bits per word: 64 (one gene)
 * @param maxGenome  LMAX, genes of one genome a PE's buffers hold: a power of two, 8..4096
 * @param queueDepth the PEs' queue depth (as {@link EvePeConfig})
 */
public record EveArrayConfig(int pes, int banks, int depth, int width, int maxGenome, int queueDepth) {

    /** GeneSys: 256 PEs and 48 banks of 4096 words (shared/research/genesys.md §2.5). */
    public static final EveArrayConfig DEFAULT = new EveArrayConfig(256, 48, 4096, 64, 128, EvePeConfig.DEFAULT_QUEUE);

    public static final int MAX_PES = 256;
    public static final int MAX_BANKS = 256;
    public static final int MAX_DEPTH = 65536;
    public static final int MAX_GENOME = 4096;

    public EveArrayConfig {
        if (pes < 1 || pes > MAX_PES) {
            throw new IllegalArgumentException("EvE array P = " + pes + " is not supported: 1..256 PEs (the genome id is 8 bits)");
        }
        if (banks < 1 || banks > MAX_BANKS) {
            throw new IllegalArgumentException("EvE array BANKS = " + banks + " is not supported: 1..256 banks");
        }
        if (depth < 2 || depth > MAX_DEPTH || Integer.bitCount(depth) != 1) {
            throw new IllegalArgumentException("EvE array DEPTH = " + depth + " is not supported: a power of two, 2..65536 words per bank");
        }
        if (width != 64) {
            throw new IllegalArgumentException("EvE array WIDTH = " + width + " is not supported: a word is one 64-bit gene");
        }
        if (maxGenome < 8 || maxGenome > MAX_GENOME || Integer.bitCount(maxGenome) != 1) {
            throw new IllegalArgumentException("EvE array LMAX = " + maxGenome
                    + " is not supported: a power of two, 8..4096 genes per genome buffer");
        }
        new EvePeConfig(queueDepth);
        if ((long) banks * depth / 2 < maxGenome) {
            throw new IllegalArgumentException("EvE array BANKS x DEPTH = " + (long) banks * depth
                    + " words cannot hold a genome of LMAX = " + maxGenome + " genes in each of its two regions: raise DEPTH or BANKS");
        }
    }

    /** Words of the SRAM. */
    public int words() {
        return banks * depth;
    }

    /** Words of one region (the parent or the child generation). */
    public int regionWords() {
        return words() / 2;
    }

    public EvePeConfig peConfig() {
        return new EvePeConfig(queueDepth);
    }
}
