package plasticity.golden.maeri.mapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text forms of docs/spec/maeri.md ("Layer strings and tensor files"): a layer string
 * {@code kind:KEY=value,...} and a mapping {@code granule=row,vn=3,...}. Every error says what is
 * wrong and what is expected.
 */
public final class LayerStrings {

    private LayerStrings() {
    }

    /**
     * A layer from {@code conv:R=..,S=..,C=..,K=..,X=..,Y=..}, {@code fc:IN=..,OUT=..[,BATCH=..]}
     * or {@code lstm:IN=..,H=..[,BATCH=..]}; stride and padding apply to conv only.
     */
    public static Layer layer(String text, int stride, int pad) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("layer '" + text + "': expected kind:KEY=value,...,"
                    + " e.g. conv:R=3,S=3,C=6,K=6,X=20,Y=20 or fc:IN=256,OUT=64");
        }
        String kind = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String body = text.substring(colon + 1);
        if (!kind.equals("conv") && (stride != 1 || pad != 0)) {
            throw new IllegalArgumentException("layer '" + text
                    + "': stride and padding apply to conv layers only");
        }
        return switch (kind) {
            case "conv" -> {
                Map<String, Integer> v = pairs(text, body, List.of("R", "S", "C", "K", "X", "Y"),
                        List.of());
                yield new Conv(v.get("R"), v.get("S"), v.get("C"), v.get("K"), v.get("X"),
                        v.get("Y"), stride, pad);
            }
            case "fc" -> {
                Map<String, Integer> v = pairs(text, body, List.of("IN", "OUT"), List.of("BATCH"));
                yield new Fc(v.get("IN"), v.get("OUT"), v.getOrDefault("BATCH", 1));
            }
            case "lstm" -> {
                Map<String, Integer> v = pairs(text, body, List.of("IN", "H"), List.of("BATCH"));
                yield new Lstm(v.get("IN"), v.get("H"), v.getOrDefault("BATCH", 1));
            }
            default -> throw new IllegalArgumentException("layer '" + text + "': unknown kind '"
                    + kind + "'; known kinds: conv, fc, lstm");
        };
    }

    private static Map<String, Integer> pairs(String text, String body, List<String> required,
            List<String> optional) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String pair : body.split(",", -1)) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("layer '" + text + "': '" + pair
                        + "' is not KEY=value");
            }
            String key = pair.substring(0, eq).strip().toUpperCase(Locale.ROOT);
            String value = pair.substring(eq + 1).strip();
            if (!required.contains(key) && !optional.contains(key)) {
                throw new IllegalArgumentException("layer '" + text + "': unknown key '" + key
                        + "'; expected " + String.join(", ", required)
                        + (optional.isEmpty() ? ""
                                : " and optionally " + String.join(", ", optional)));
            }
            if (out.containsKey(key)) {
                throw new IllegalArgumentException("layer '" + text + "': " + key
                        + " is given twice");
            }
            int v;
            try {
                v = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("layer '" + text + "': " + key + "=" + value
                        + " is not a whole number");
            }
            if (v < 1) {
                throw new IllegalArgumentException("layer '" + text + "': " + key + "=" + v
                        + " must be at least 1");
            }
            out.put(key, v);
        }
        for (String key : required) {
            if (!out.containsKey(key)) {
                throw new IllegalArgumentException("layer '" + text + "': " + key + " is missing;"
                        + " a " + text.substring(0, text.indexOf(':')).strip() + " layer needs "
                        + String.join(", ", required));
            }
        }
        return out;
    }

    /** {@code granule=row,vn=3,axis=rows,replicas=1,perPass=8,order=replicas}: what parse reads. */
    public static String mapping(Mapping m) {
        return "granule=" + m.granule().name().toLowerCase(Locale.ROOT) + ",vn=" + m.vnMax()
                + ",axis=" + m.axis().name().toLowerCase(Locale.ROOT) + ",replicas=" + m.replicas()
                + ",perPass=" + m.perPass() + ",order="
                + (m.order() == Mapping.Order.REPLICAS_ADJACENT ? "replicas" : "chunks")
                + (m.slot() > 0 ? ",slot=" + m.slot() : "") + (m.foldsApart() ? ",folds=apart" : "")
                + (m.align() > 0 ? ",align=" + m.align() : "");
    }

    /**
     * A mapping in the form {@link #mapping(Mapping)} writes; every key is required but
     * {@code slot} (0, packed VNs, when absent), {@code folds} ({@code mixed} when absent) and
     * {@code align} (0, none, when absent).
     */
    public static Mapping mapping(String text) {
        Map<String, String> v = new LinkedHashMap<>();
        List<String> keys = List.of("granule", "vn", "axis", "replicas", "perPass", "order");
        List<String> optional = List.of("slot", "folds", "align");
        for (String pair : text.split(",", -1)) {
            int eq = pair.indexOf('=');
            String key = eq <= 0 ? pair : pair.substring(0, eq).strip();
            if (eq <= 0 || !(keys.contains(key) || optional.contains(key)) || v.containsKey(key)) {
                throw new IllegalArgumentException("mapping '" + text + "': '" + pair
                        + "' is not one of " + String.join(", ", keys) + " (and optionally "
                        + String.join(", ", optional) + ") given once as key=value");
            }
            v.put(key, pair.substring(eq + 1).strip().toLowerCase(Locale.ROOT));
        }
        for (String key : keys) {
            if (!v.containsKey(key)) {
                throw new IllegalArgumentException("mapping '" + text + "': " + key
                        + " is missing; give " + String.join(", ", keys));
            }
        }
        Granule granule = switch (v.get("granule")) {
            case "row" -> Granule.ROW;
            case "channel" -> Granule.CHANNEL;
            case "tap" -> Granule.TAP;
            case "chain" -> Granule.CHAIN;
            case "shared" -> Granule.SHARED;
            case "mixed" -> Granule.MIXED;
            default -> throw new IllegalArgumentException("mapping '" + text
                    + "': granule must be row, channel, tap, chain, shared or mixed");
        };
        Mapping.Axis axis = switch (v.get("axis")) {
            case "rows" -> Mapping.Axis.ROWS;
            case "columns" -> Mapping.Axis.COLUMNS;
            default -> throw new IllegalArgumentException("mapping '" + text
                    + "': axis must be rows or columns");
        };
        Mapping.Order order = switch (v.get("order")) {
            case "replicas" -> Mapping.Order.REPLICAS_ADJACENT;
            case "chunks" -> Mapping.Order.CHUNKS_ADJACENT;
            default -> throw new IllegalArgumentException("mapping '" + text
                    + "': order must be replicas or chunks");
        };
        boolean apart = switch (v.getOrDefault("folds", "mixed")) {
            case "mixed" -> false;
            case "apart" -> true;
            default -> throw new IllegalArgumentException("mapping '" + text
                    + "': folds must be mixed or apart");
        };
        try {
            return new Mapping(granule, number(text, "vn", v), axis, number(text, "replicas", v),
                    number(text, "perPass", v), order, v.containsKey("slot") ? number(text, "slot", v) : 0,
                    apart, v.containsKey("align") ? number(text, "align", v) : 0);
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith("mapping '")) {
                throw e;
            }
            throw new IllegalArgumentException("mapping '" + text + "': " + e.getMessage(), e);
        }
    }

    private static int number(String text, String key, Map<String, String> v) {
        try {
            int n = Integer.parseInt(v.get(key));
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("mapping '" + text + "': " + key + "=" + v.get(key)
                + " must be a whole number of at least 1");
    }
}
