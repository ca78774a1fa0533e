package plasticity.golden.neat.hardware;

import plasticity.golden.fixed.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import plasticity.golden.neat.config.ChoiceAttributeConfig;

/**
 * The registers of a choice attribute (activation, aggregation): the 8-bit mutate rate, the
 * option table (1..16 codes, in the configuration's order) and the default code, or -1 for
 * "random" (a pick from the table).
 */
public record ChoiceCodes(int mutateRate, List<Integer> options, int defaultCode) {

    public static final int MAX_OPTIONS = 16;

    public ChoiceCodes {
        Rates.requireByte("mutate rate", mutateRate);
        options = List.copyOf(options);
        if (options.isEmpty() || options.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("an option table holds 1.." + MAX_OPTIONS + " codes, not " + options.size());
        }
    }

    /**
     * The registers for a neat-python choice attribute; {@code codeOf} gives a value's hardware
     * code or -1, and a value without one is an error naming the configuration key.
     */
    public static <T> ChoiceCodes of(ChoiceAttributeConfig<T> c, ToIntFunction<T> codeOf, List<T> supported) {
        List<Integer> codes = new ArrayList<>();
        for (T option : c.options()) {
            codes.add(code(c.name() + "_options", option, codeOf, supported));
        }
        int defaultCode = c.defaultValue().isPresent()
                ? code(c.name() + "_default", c.defaultValue().get(), codeOf, supported) : -1;
        return new ChoiceCodes(Formats.rateCode(c.mutateRate()), codes, defaultCode);
    }

    private static <T> int code(String key, T value, ToIntFunction<T> codeOf, List<T> supported) {
        int code = codeOf.applyAsInt(value);
        if (code < 0) {
            throw new IllegalArgumentException(key + ": '" + value.toString().toLowerCase(java.util.Locale.ROOT)
                    + "' has no hardware code; the hardware operators support " + supported.toString()
                            .toLowerCase(java.util.Locale.ROOT));
        }
        return code;
    }

    /** The option an 8-bit draw picks: options[floor(r * n / 256)]. */
    int pick(int r8) {
        return options.get(Draws.pick(r8, options.size()));
    }

    /** The value of a new gene: the default, or a pick from the table when the default is random. */
    int initial(int r8) {
        return defaultCode >= 0 ? defaultCode : pick(r8);
    }
}
