package plasticity.golden.neat.config;

import java.util.List;
import java.util.Optional;

/**
 * A string gene attribute (activation, aggregation): neat-python's {@code StringAttribute} keys
 * {@code <name>_default, _options, _mutate_rate}.
 *
 * @param defaultValue the initial value; empty means {@code random}: a choice among the options
 * @param options      what mutation chooses from, in file order (non-empty)
 */
public record ChoiceAttributeConfig<T>(String name, Optional<T> defaultValue, List<T> options,
        double mutateRate) {

    public ChoiceAttributeConfig {
        options = List.copyOf(options);
        if (options.isEmpty()) {
            throw new IllegalArgumentException(name + "_options is empty: list at least one");
        }
        Probability.require(name + "_mutate_rate", mutateRate);
    }
}
