package plasticity.golden.maeri;

import java.util.List;

/**
 * The configuration of a whole ART for one reduction pass: one {@link AdderSwitchConfig} per
 * adder switch, in heap order (root first, then each level left to right), and the VN layout it
 * was compiled for (docs/spec/maeri.md, "ART configuration").
 *
 * @param layout   the VN sizes and the number of leaves
 * @param switches the switch configurations, switch id {@code 2^level - 1 + index}
 */
public record ArtConfig(VnLayout layout, List<AdderSwitchConfig> switches) {

    public ArtConfig {
        switches = List.copyOf(switches);
        if (switches.size() != layout.n() - 1) {
            throw new IllegalArgumentException("an ART of N = " + layout.n() + " has "
                    + (layout.n() - 1) + " adder switches, but " + switches.size()
                    + " configurations were given");
        }
    }

    /** The ART shape. */
    public ArtTopology topology() {
        return new ArtTopology(layout.n());
    }

    /** The configuration of switch (level, index). */
    public AdderSwitchConfig at(int level, int index) {
        return switches.get(topology().id(level, index));
    }

    /** The 7-bit encodings in heap order: what the RTL's configuration registers hold. */
    public int[] encode() {
        int[] codes = new int[switches.size()];
        for (int id = 0; id < codes.length; id++) {
            codes[id] = switches.get(id).encode();
        }
        return codes;
    }

    /** One line per level, leaf adders first, for dumps and failure messages. */
    public String dump() {
        var topology = topology();
        var text = new StringBuilder("ART N=" + layout.n() + " VNs " + layout.vnSizes() + "\n");
        for (int level = topology.leafLevel(); level >= 0; level--) {
            text.append("L").append(level).append(':');
            for (int index = 0; index < topology.width(level); index++) {
                var config = at(level, index);
                text.append(index == 0 ? " " : " | ").append("AS").append(index).append(' ')
                        .append(config.equals(AdderSwitchConfig.IDLE) ? "idle" : config.toString());
            }
            text.append('\n');
        }
        return text.toString();
    }
}
