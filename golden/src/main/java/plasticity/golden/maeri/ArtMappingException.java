package plasticity.golden.maeri;

import java.util.List;

/**
 * A list of virtual-neuron sizes that the ART cannot reduce in one pass under the resource model
 * of docs/spec/maeri.md ("ART resource model"): two values would need the same port of the named
 * switch. The compiler throws this rather than return a configuration that gives a wrong sum.
 */
public final class ArtMappingException extends RuntimeException {

    private final List<Integer> vnSizes;
    private final int level;
    private final int index;

    ArtMappingException(int n, List<Integer> vnSizes, int level, int index, String why) {
        super("cannot map VN sizes " + vnSizes + " on an ART of N = " + n
                + ": at adder switch (level " + level + ", index " + index + ") " + why);
        this.vnSizes = List.copyOf(vnSizes);
        this.level = level;
        this.index = index;
    }

    /** The VN list that failed. */
    public List<Integer> vnSizes() {
        return vnSizes;
    }

    /** Level of the switch where it fails (0 = root). */
    public int level() {
        return level;
    }

    /** Index within the level of the switch where it fails. */
    public int index() {
        return index;
    }
}
