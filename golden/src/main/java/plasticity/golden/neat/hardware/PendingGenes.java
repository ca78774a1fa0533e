package plasticity.golden.neat.hardware;

import java.util.function.LongConsumer;

/**
 * The PE's insertion buffer (docs/spec/eve.md, "Pending connections"): connection genes that a
 * structural mutation created ahead of the stream position, kept sorted by key until the child
 * stream reaches their place. Holds at most {@link #CAPACITY}; a gene that finds it full, or that
 * duplicates a pending key, is not added.
 */
final class PendingGenes {

    static final int CAPACITY = 8;

    private final long[] genes = new long[CAPACITY];
    private int size;

    int free() {
        return CAPACITY - size;
    }

    /** Inserts in key order; false (and nothing changes) when full or when the key is pending. */
    boolean insert(long gene) {
        int key = GeneFormat.sortKey(gene);
        int at = 0;
        while (at < size && GeneFormat.sortKey(genes[at]) < key) {
            at++;
        }
        if (size == CAPACITY || (at < size && GeneFormat.sortKey(genes[at]) == key)) {
            return false;
        }
        System.arraycopy(genes, at, genes, at + 1, size - at);
        genes[at] = gene;
        size++;
        return true;
    }

    /**
     * Emits every pending gene whose key is below {@code key}, in order, and drops one whose key
     * equals it (the stream already has that connection).
     */
    void flushBelow(int key, LongConsumer out) {
        int n = 0;
        while (n < size && GeneFormat.sortKey(genes[n]) < key) {
            out.accept(genes[n]);
            n++;
        }
        int drop = n < size && GeneFormat.sortKey(genes[n]) == key ? 1 : 0;
        System.arraycopy(genes, n + drop, genes, 0, size - n - drop);
        size -= n + drop;
    }

    /** Emits everything left, in order. */
    void flushAll(LongConsumer out) {
        for (int i = 0; i < size; i++) {
            out.accept(genes[i]);
        }
        size = 0;
    }
}
