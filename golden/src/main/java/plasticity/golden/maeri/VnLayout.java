package plasticity.golden.maeri;

import java.util.Arrays;
import java.util.List;

/**
 * Virtual neurons laid side by side on the multiplier switches: VN i occupies the leaves after
 * VN i-1, starting at leaf 0; leaves past the total are idle (docs/spec/maeri.md, "ART").
 *
 * @param n       the number of leaves
 * @param vnSizes the VN sizes, each 1..n, total at most n
 */
public record VnLayout(int n, List<Integer> vnSizes) {

    public VnLayout {
        new ArtTopology(n);
        if (vnSizes == null || vnSizes.isEmpty()) {
            throw new IllegalArgumentException("the VN list is empty: give at least one VN size");
        }
        vnSizes = List.copyOf(vnSizes);
        long total = 0;
        for (int i = 0; i < vnSizes.size(); i++) {
            int size = vnSizes.get(i);
            if (size < 1 || size > n) {
                throw new IllegalArgumentException("VN " + i + " of " + vnSizes + " has size "
                        + size + ": a VN size must be 1.." + n + " on an ART of N = " + n);
            }
            total += size;
        }
        if (total > n) {
            throw new IllegalArgumentException("VN sizes " + vnSizes + " total " + total
                    + " leaves, but the ART has only N = " + n + ": split the list over passes");
        }
    }

    /** The number of VNs. */
    public int count() {
        return vnSizes.size();
    }

    /** The number of busy leaves: the sum of the sizes. */
    public int total() {
        int total = 0;
        for (int size : vnSizes) {
            total += size;
        }
        return total;
    }

    /** The first leaf of VN {@code vn}. */
    public int first(int vn) {
        int first = 0;
        for (int i = 0; i < vn; i++) {
            first += vnSizes.get(i);
        }
        return first;
    }

    /** The last leaf of VN {@code vn}. */
    public int last(int vn) {
        return first(vn) + vnSizes.get(vn) - 1;
    }

    /** For each leaf, the VN it belongs to, or -1 for an idle leaf. */
    public int[] vnOfLeaf() {
        int[] owner = new int[n];
        Arrays.fill(owner, -1);
        int leaf = 0;
        for (int vn = 0; vn < vnSizes.size(); vn++) {
            for (int k = 0; k < vnSizes.get(vn); k++) {
                owner[leaf++] = vn;
            }
        }
        return owner;
    }

    /** For each VN, its first leaf. */
    public int[] firsts() {
        int[] firsts = new int[vnSizes.size()];
        for (int vn = 1; vn < firsts.length; vn++) {
            firsts[vn] = firsts[vn - 1] + vnSizes.get(vn - 1);
        }
        return firsts;
    }
}
