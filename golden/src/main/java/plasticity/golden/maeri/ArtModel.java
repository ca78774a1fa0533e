package plasticity.golden.maeri;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A functional dataflow model of one ART reduction pass (docs/spec/maeri.md, "ART resource
 * model"): it routes the N products through the configured switches, level by level, exactly
 * as the ports allow, and never looks at a VN's leaf range to add it up. Each value carries the
 * VN and the leaves it sums, only so that a wrong configuration is caught where it goes wrong:
 * two VNs meeting on one port, a value sent to a disabled input, an enabled input that gets
 * nothing, an unfinished sum on a collection port, or a VN that never leaves.
 */
public final class ArtModel {

    private ArtModel() {
    }

    /** A value on a wire: the sum, and (for checking only) the VN and leaves it covers. */
    private record Value(long sum, int vn, int first, int last) {
    }

    /**
     * Runs one pass of {@code config} on {@code products} (one per leaf; entries of idle
     * leaves, past the VNs' total, are ignored because an idle multiplier switch sends nothing).
     *
     * @return each VN's sum and where it left, in VN order
     * @throws ArtDataflowException at the first port that misbehaves
     */
    public static List<VnResult> run(ArtConfig config, long[] products) {
        var layout = config.layout();
        var topology = config.topology();
        if (products.length != layout.n()) {
            throw new IllegalArgumentException("an ART of N = " + layout.n() + " needs "
                    + layout.n() + " products, got " + products.length);
        }
        int[] owner = layout.vnOfLeaf();
        Value[] below = new Value[layout.n()];
        for (int leaf = 0; leaf < below.length; leaf++) {
            below[leaf] = owner[leaf] < 0 ? null
                    : new Value(products[leaf], owner[leaf], leaf, leaf);
        }
        VnResult[] results = new VnResult[layout.count()];
        for (int level = topology.leafLevel(); level >= 0; level--) {
            below = level(config, level, below, results);
        }
        int[] firsts = layout.firsts();
        for (int vn = 0; vn < results.length; vn++) {
            if (results[vn] == null) {
                throw new ArtDataflowException(config, -1, -1, "VN " + vn + " (leaves " + firsts[vn]
                        + ".." + layout.last(vn) + ") never reached a collection port");
            }
        }
        return List.of(results);
    }

    private static Value[] level(ArtConfig config, int level, Value[] below, VnResult[] results) {
        var topology = config.topology();
        int width = topology.width(level);
        // Senders never receive in the same pass, so every link value is known from the
        // children alone before any switch adds what arrives on its link.
        Value[] sent = new Value[width];
        for (int index = 0; index < width; index++) {
            var c = config.at(level, index);
            Value left = below[2 * index];
            Value right = below[2 * index + 1];
            checkInput(config, level, index, "left", left, c.left());
            checkInput(config, level, index, "right", right, c.right());
            checkDatapath(config, level, index, c);
            if (c.sendsOnLink()) {
                if (c.receivesOnLink()) {
                    throw fail(config, level, index,
                            "the forwarding link would carry a value each way");
                }
                sent[index] =
                        port(config, level, index, "link", Destination.LINK, c, left, right, null);
            }
        }
        Value[] up = new Value[width];
        for (int index = 0; index < width; index++) {
            var c = config.at(level, index);
            int partner = topology.linkPartner(level, index);
            Value arriving = partner < 0 ? null : sent[partner];
            checkInput(config, level, index, "link", arriving, c.link());
            Value left = below[2 * index];
            Value right = below[2 * index + 1];
            up[index] = port(config, level, index, "up", Destination.UP, c, left, right, arriving);
            if (up[index] != null && level == 0) {
                throw fail(config, level, index, "the root sends VN " + up[index].vn()
                        + " up, where nothing takes it");
            }
            if (c.split()) {
                // Two lanes: each child with the link value when the link enters on its side.
                boolean linkOnRight = topology.linkOnRight(level, index);
                Value linkToCollect = c.link() == Destination.COLLECT ? arriving : null;
                collect(config, level, index, 0, lane(config, level, index, left,
                        linkOnRight ? null : linkToCollect), results);
                collect(config, level, index, 1, lane(config, level, index, right,
                        linkOnRight ? linkToCollect : null), results);
            } else {
                collect(config, level, index, 0,
                        port(config, level, index, "collection", Destination.COLLECT, c, left,
                                right, arriving),
                        results);
            }
        }
        return up;
    }

    private static void checkInput(ArtConfig config, int level, int index, String name, Value value,
            Destination to) {
        if (value != null && to == Destination.NONE) {
            throw fail(config, level, index, "VN " + value.vn() + " arrives on the " + name
                    + " input, which is disabled: the value is lost");
        }
        if (value == null && to != Destination.NONE) {
            throw fail(config, level, index, "the " + name + " input is routed " + to
                    + " but no value arrives on it");
        }
    }

    /** The two-adder datapath of the spec: what it cannot compute is not a configuration. */
    private static void checkDatapath(ArtConfig config, int level, int index, AdderSwitchConfig c) {
        var topology = config.topology();
        if (!topology.hasLink(level, index)
                && (c.sendsOnLink() || c.receivesOnLink())) {
            throw fail(config, level, index, "uses a forwarding link, but this switch has none");
        }
        if (c.split() && level != topology.leafLevel()) {
            throw fail(config, level, index, "split is set, but only leaf adders have two lanes");
        }
        Destination near = topology.linkOnRight(level, index) ? c.right() : c.left();
        Destination far = topology.linkOnRight(level, index) ? c.left() : c.right();
        if (c.link() != Destination.NONE && c.link() == far && c.link() != near) {
            throw fail(config, level, index, "adds the link value to the far child only, which the"
                    + " two-adder datapath cannot do");
        }
    }

    /** What leaves on one port: the inputs routed there, added, if they are one VN's run. */
    private static Value port(ArtConfig config, int level, int index, String name, Destination to,
            AdderSwitchConfig c, Value left, Value right, Value link) {
        List<Value> parts = new ArrayList<>(3);
        if (c.left() == to && left != null) {
            parts.add(left);
        }
        if (c.right() == to && right != null) {
            parts.add(right);
        }
        if (c.link() == to && link != null) {
            parts.add(link);
        }
        if (parts.isEmpty()) {
            return null;
        }
        parts.sort(Comparator.comparingInt(Value::first));
        Value sum = parts.get(0);
        for (int k = 1; k < parts.size(); k++) {
            Value next = parts.get(k);
            if (next.vn() != sum.vn() || next.first() != sum.last() + 1) {
                throw fail(config, level, index, "the " + name + " port would carry two values: "
                        + describe(sum) + " and " + describe(next));
            }
            sum = new Value(sum.sum() + next.sum(), sum.vn(), sum.first(), next.last());
        }
        return sum;
    }

    /** One collection lane of a split leaf adder: a child's product, plus the link value. */
    private static Value lane(ArtConfig config, int level, int index, Value child, Value link) {
        var routed = new AdderSwitchConfig(Destination.COLLECT, Destination.NONE,
                link == null ? Destination.NONE : Destination.COLLECT, false);
        return port(config, level, index, "collection", Destination.COLLECT, routed, child, null,
                link);
    }

    private static void collect(ArtConfig config, int level, int index, int lane, Value value,
            VnResult[] results) {
        if (value == null) {
            return;
        }
        var layout = config.layout();
        int first = layout.first(value.vn());
        int last = layout.last(value.vn());
        if (value.first() != first || value.last() != last) {
            throw fail(config, level, index, "collects " + describe(value) + ", but VN "
                    + value.vn() + " spans leaves " + first + ".." + last);
        }
        if (results[value.vn()] != null) {
            throw fail(config, level, index, "collects VN " + value.vn() + " a second time");
        }
        results[value.vn()] = new VnResult(value.vn(), value.sum(), level, index, lane);
    }

    private static String describe(Value v) {
        return "VN " + v.vn() + " leaves " + v.first() + ".." + v.last();
    }

    private static ArtDataflowException fail(ArtConfig config, int level, int index, String why) {
        return new ArtDataflowException(config, level, index, why);
    }
}
