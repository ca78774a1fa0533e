package plasticity.golden.maeri;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ART configuration compiler: a list of virtual-neuron sizes to a configuration of every
 * adder switch that reduces all VNs in one pass (docs/spec/maeri.md, "Configuration
 * algorithm").
 *
 * <p>One deterministic walk from the leaf adders to the root; no search. At each switch the
 * partial sums arriving from the children are grouped by VN (same VN: added). A group that holds
 * a whole VN goes to the collection port; an unfinished one goes up. A switch can be left with
 * two unfinished groups only when a VN boundary falls inside it, and then the outer group (the
 * one on the side of the switch's forwarding link) crosses the link, which by the link wiring
 * (2m-1 to 2m) always points the way that group still has to go. When both ends of a link want
 * to send, the left one sends and the right one absorbs the value. The spec proves that this
 * never asks a port for two values, and {@code ArtCompilerTest} checks it on every VN list of
 * N = 2..16; every step still checks its ports and throws {@link ArtMappingException} naming
 * the switch rather than emit a configuration with a wrong sum.
 */
public final class ArtCompiler {

    private ArtCompiler() {
    }

    /**
     * Compiles {@code vnSizes} (VN i on the leaves after VN i-1, from leaf 0) for an ART of
     * {@code n} leaves.
     *
     * @throws IllegalArgumentException if n or the list is malformed (see {@link VnLayout})
     * @throws ArtMappingException      if a switch port would need two values
     */
    public static ArtConfig compile(int n, List<Integer> vnSizes) {
        return new Pass(new VnLayout(n, vnSizes)).run();
    }

    /** A contiguous run of one VN's leaves, already added together. */
    private record Fragment(int vn, int first, int last) {
        Fragment join(Fragment other) {
            return new Fragment(vn, Math.min(first, other.first), Math.max(last, other.last));
        }
    }

    /** The inputs of one switch that go to one port together, and what they add up to. */
    private static final class Group {
        Fragment fragment;
        boolean left;
        boolean right;
        boolean link;
        Destination to = Destination.NONE;

        Group(Fragment fragment, boolean left, boolean right) {
            this.fragment = fragment;
            this.left = left;
            this.right = right;
        }
    }

    /** The state of one compilation. */
    private static final class Pass {
        private final VnLayout layout;
        private final ArtTopology topology;
        private final int[] firstLeaf;
        private final int[] lastLeaf;
        private final AdderSwitchConfig[] configs;

        Pass(VnLayout layout) {
            this.layout = layout;
            this.topology = new ArtTopology(layout.n());
            this.firstLeaf = layout.firsts();
            this.lastLeaf = new int[layout.count()];
            for (int vn = 0; vn < lastLeaf.length; vn++) {
                lastLeaf[vn] = firstLeaf[vn] + layout.vnSizes().get(vn) - 1;
            }
            this.configs = new AdderSwitchConfig[topology.switches()];
        }

        ArtConfig run() {
            int[] owner = layout.vnOfLeaf();
            Fragment[] below = new Fragment[layout.n()];
            for (int leaf = 0; leaf < below.length; leaf++) {
                below[leaf] = owner[leaf] < 0 ? null : new Fragment(owner[leaf], leaf, leaf);
            }
            for (int level = topology.leafLevel(); level >= 0; level--) {
                below = level(level, below);
            }
            return new ArtConfig(layout, Arrays.asList(configs));
        }

        /** Configures one level from the values its children send up; returns its up values. */
        private Fragment[] level(int level, Fragment[] below) {
            int width = topology.width(level);
            List<List<Group>> groups = new ArrayList<>(width);
            Group[] outgoing = new Group[width];
            for (int index = 0; index < width; index++) {
                List<Group> here = group(below[2 * index], below[2 * index + 1]);
                groups.add(here);
                outgoing[index] = mustCross(level, index, here);
            }
            // One value per link per pass: where both ends must send, the left end sends.
            Fragment[] incoming = new Fragment[width];
            for (int index = 1; index + 1 < width; index += 2) {
                if (outgoing[index] != null) {
                    outgoing[index + 1] = null;
                    incoming[index + 1] = outgoing[index].fragment;
                } else if (outgoing[index + 1] != null) {
                    incoming[index] = outgoing[index + 1].fragment;
                }
            }
            Fragment[] up = new Fragment[width];
            for (int index = 0; index < width; index++) {
                up[index] = configure(level, index, groups.get(index), outgoing[index],
                        incoming[index]);
            }
            return up;
        }

        private List<Group> group(Fragment left, Fragment right) {
            List<Group> groups = new ArrayList<>(2);
            if (left != null && right != null && left.vn() == right.vn()) {
                groups.add(new Group(left.join(right), true, true));
                return groups;
            }
            if (left != null) {
                groups.add(new Group(left, true, false));
            }
            if (right != null) {
                groups.add(new Group(right, false, true));
            }
            return groups;
        }

        /**
         * The group that must leave sideways: when two unfinished VNs meet in one switch only
         * one can go up, and the other is the one on the link's side, which still has leaves on
         * that side.
         */
        private Group mustCross(int level, int index, List<Group> groups) {
            if (groups.size() < 2 || complete(groups.get(0)) || complete(groups.get(1))) {
                return null;
            }
            boolean right = topology.linkOnRight(level, index);
            Group outer = right ? groups.get(1) : groups.get(0);
            if (!topology.hasLink(level, index)) {
                throw fail(level, index, "partial sums of VNs " + groups.get(0).fragment.vn()
                        + " and " + groups.get(1).fragment.vn()
                        + " both need the up port and the switch has no forwarding link");
            }
            boolean needsThatWay = right ? outer.fragment.last() < lastLeaf[outer.fragment.vn()]
                    : outer.fragment.first() > firstLeaf[outer.fragment.vn()];
            if (!needsThatWay) {
                throw fail(level, index, "VN " + outer.fragment.vn() + " would have to cross the "
                        + (right ? "right" : "left") + " link but has no leaves on that side");
            }
            return outer;
        }

        /** Sets the switch's configuration; returns what it sends up, or null. */
        private Fragment configure(int level, int index, List<Group> groups, Group outgoing,
                Fragment incoming) {
            boolean linkOnRight = topology.linkOnRight(level, index);
            if (incoming != null) {
                // The link enters beside the near child: the last group on the right, the first
                // on the left. It must continue that group's VN without a gap.
                Group near = groups.isEmpty() ? null
                        : linkOnRight ? groups.get(groups.size() - 1) : groups.get(0);
                boolean adjacent = near != null && near.fragment.vn() == incoming.vn()
                        && (linkOnRight ? near.fragment.last() + 1 == incoming.first()
                                : incoming.last() + 1 == near.fragment.first());
                if (!adjacent) {
                    throw fail(level, index, "the value of VN " + incoming.vn()
                            + " arriving on the forwarding link has no partial sum to join");
                }
                near.fragment = near.fragment.join(incoming);
                near.link = true;
            }
            Group upGroup = null;
            int collected = 0;
            for (Group g : groups) {
                if (g == outgoing) {
                    g.to = Destination.LINK;
                } else if (complete(g)) {
                    g.to = Destination.COLLECT;
                    collected++;
                } else {
                    if (upGroup != null) {
                        throw fail(level, index, "partial sums of VNs " + upGroup.fragment.vn()
                                + " and " + g.fragment.vn() + " both need the up port");
                    }
                    g.to = Destination.UP;
                    upGroup = g;
                }
            }
            boolean split = false;
            if (collected == 2) {
                if (level != topology.leafLevel()) {
                    throw fail(level, index,
                            "two VNs finish here and the collection port takes one");
                }
                split = true;
            }
            if (upGroup != null && level == 0) {
                throw fail(level, index,
                        "VN " + upGroup.fragment.vn() + " is still unfinished at the root");
            }
            Destination left = Destination.NONE;
            Destination right = Destination.NONE;
            Destination link = Destination.NONE;
            for (Group g : groups) {
                left = g.left ? g.to : left;
                right = g.right ? g.to : right;
                link = g.link ? g.to : link;
            }
            configs[topology.id(level, index)] = new AdderSwitchConfig(left, right, link, split);
            return upGroup == null ? null : upGroup.fragment;
        }

        private boolean complete(Group g) {
            Fragment f = g.fragment;
            return f.first() == firstLeaf[f.vn()] && f.last() == lastLeaf[f.vn()];
        }

        private ArtMappingException fail(int level, int index, String why) {
            return new ArtMappingException(layout.n(), layout.vnSizes(), level, index, why);
        }
    }
}
