package plasticity.golden.maeri;

import java.math.BigInteger;

/**
 * A word's path through one DN tree of {@code s} multiplier switches, switch by switch
 * (docs/spec/maeri.md, "Distribute switch"): each switch (level, index) sees the mask bits of its
 * range and goes left, right, both ways or nowhere; a leaf switch's outputs are MSs.
 */
public final class DnRouting {

    private DnRouting() {}

    /**
     * The state of every switch of the tree for a word with {@code valid} and {@code mask}:
     * {@code states[level][index]}, level 0 the root. A switch receives the word only if its
     * parent sent it its way; a switch that receives nothing is idle.
     */
    public static DistributeSwitchState[][] states(int s, boolean valid, BigInteger mask) {
        int levels = Integer.numberOfTrailingZeros(s);
        DistributeSwitchState[][] states = new DistributeSwitchState[levels][];
        for (int level = 0; level < levels; level++) {
            int span = s >> level;
            states[level] = new DistributeSwitchState[1 << level];
            for (int i = 0; i < (1 << level); i++) {
                boolean in = level == 0 ? valid
                        : (i % 2 == 0 ? states[level - 1][i / 2].goesLeft() : states[level - 1][i / 2].goesRight());
                int first = i * span;
                boolean left = in && any(mask, first, span / 2);
                boolean right = in && any(mask, first + span / 2, span / 2);
                states[level][i] = DistributeSwitchState.of(left, right);
            }
        }
        return states;
    }

    /** Which of the tree's {@code s} local MSs receive the word: the leaf switches' outputs. */
    public static boolean[] delivered(int s, boolean valid, BigInteger mask) {
        boolean[] to = new boolean[s];
        if (s == 1) {
            to[0] = valid && mask.testBit(0); // no switch: the root port is the MS's input
            return to;
        }
        DistributeSwitchState[] leaves = states(s, valid, mask)[Integer.numberOfTrailingZeros(s) - 1];
        for (int i = 0; i < leaves.length; i++) {
            to[2 * i] = leaves[i].goesLeft();
            to[2 * i + 1] = leaves[i].goesRight();
        }
        return to;
    }

    private static boolean any(BigInteger mask, int first, int count) {
        for (int j = first; j < first + count; j++) {
            if (mask.testBit(j)) {
                return true;
            }
        }
        return false;
    }
}
