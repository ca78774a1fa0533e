package plasticity.golden.eve;

/**
 * One genome of a region's directory (docs/spec/eve.md, "Memory map"): its genome stream starts
 * at word {@code base} of the region, node segment then connection segment.
 */
public record DirectoryEntry(int base, int nodes, int connections) {

    public static final DirectoryEntry EMPTY = new DirectoryEntry(0, 0, 0);

    public DirectoryEntry {
        if (base < 0 || nodes < 0 || connections < 0) {
            throw new IllegalArgumentException("directory entry with a negative field: base " + base + ", nodes "
                    + nodes + ", connections " + connections);
        }
    }

    public int length() {
        return nodes + connections;
    }

    public boolean isEmpty() {
        return length() == 0;
    }
}
