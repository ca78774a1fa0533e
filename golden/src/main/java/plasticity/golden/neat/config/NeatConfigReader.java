package plasticity.golden.neat.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import plasticity.golden.neat.Activation;
import plasticity.golden.neat.Aggregation;

/**
 * Turns an {@link IniFile} into a {@link NeatConfig}: every key neat-python v0.92 reads for these
 * sections, with its default when v0.92 has one; anything else is an error with file and line.
 */
final class NeatConfigReader {

    private static final List<String> SECTIONS = List.of("NEAT", "DefaultGenome",
            "DefaultSpeciesSet", "DefaultStagnation", "DefaultReproduction");

    private static final Pattern DECIMAL =
            Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private final IniFile ini;
    private IniFile.Section section;

    NeatConfigReader(IniFile ini) {
        this.ini = ini;
    }

    NeatConfig read() {
        for (IniFile.Section s : ini.sections.values()) {
            if (!SECTIONS.contains(s.name)) {
                throw error(s.line, "unknown section [" + s.name + "]: the sections are " + SECTIONS);
            }
        }
        RunConfig run = inSection("NEAT", () -> new RunConfig(
                integer("pop_size", null),
                enumValue("fitness_criterion", null, FitnessCriterion.class),
                real("fitness_threshold", null),
                bool("reset_on_extinction", null),
                bool("no_fitness_termination", "false")));
        GenomeConfig genome = inSection("DefaultGenome", this::genome);
        SpeciesSetConfig species = inSection("DefaultSpeciesSet", () -> new SpeciesSetConfig(
                real("compatibility_threshold", null)));
        StagnationConfig stagnation = inSection("DefaultStagnation", () -> new StagnationConfig(
                enumValue("species_fitness_func", "mean", SpeciesFitnessFunction.class),
                integer("max_stagnation", "15"),
                integer("species_elitism", "0")));
        ReproductionConfig reproduction = inSection("DefaultReproduction", () -> new ReproductionConfig(
                integer("elitism", "0"),
                real("survival_threshold", "0.2"),
                integer("min_species_size", "2")));
        return new NeatConfig(run, genome, species, stagnation, reproduction);
    }

    private GenomeConfig genome() {
        int numInputs = integer("num_inputs", null);
        int numOutputs = integer("num_outputs", null);
        int numHidden = integer("num_hidden", null);
        boolean feedForward = bool("feed_forward", null);
        double disjoint = real("compatibility_disjoint_coefficient", null);
        double weightCoeff = real("compatibility_weight_coefficient", null);
        double connAdd = real("conn_add_prob", null);
        double connDelete = real("conn_delete_prob", null);
        double nodeAdd = real("node_add_prob", null);
        double nodeDelete = real("node_delete_prob", null);
        boolean single = bool("single_structural_mutation", "false");
        GenomeConfig.Surer surer = enumValue("structural_mutation_surer", "default", GenomeConfig.Surer.class);
        IniFile.Entry ic = value("initial_connection", "unconnected");
        String[] parts = ic.value().toLowerCase(Locale.ROOT).split("\\s+");
        InitialConnection initial = switch (parts[0]) {
            case "unconnected" -> InitialConnection.UNCONNECTED;
            case "fs_neat", "fs_neat_nohidden" -> InitialConnection.FS_NEAT_NOHIDDEN;
            case "fs_neat_hidden" -> InitialConnection.FS_NEAT_HIDDEN;
            case "full", "full_direct" -> InitialConnection.FULL_DIRECT;
            case "full_nodirect" -> InitialConnection.FULL_NODIRECT;
            case "partial", "partial_direct" -> InitialConnection.PARTIAL_DIRECT;
            case "partial_nodirect" -> InitialConnection.PARTIAL_NODIRECT;
            default -> throw error(ic.line(), "initial_connection = '" + ic.value() + "' is not one of"
                    + " unconnected, fs_neat_nohidden, fs_neat_hidden, full_nodirect, full_direct,"
                    + " partial_nodirect <fraction>, partial_direct <fraction>");
        };
        double fraction = Double.NaN;
        if (initial.partial()) {
            if (parts.length != 2) {
                throw error(ic.line(), "initial_connection = '" + ic.value()
                        + "' needs a fraction, e.g. 'partial_direct 0.5'");
            }
            fraction = parseReal(ic, parts[1]);
        } else if (parts.length != 1) {
            throw error(ic.line(), "initial_connection = '" + ic.value() + "' takes no argument");
        }
        FloatAttributeConfig bias = floatAttribute("bias");
        FloatAttributeConfig response = floatAttribute("response");
        ChoiceAttributeConfig<Activation> activation = choiceAttribute("activation",
                name -> Activation.byConfigName(name).orElse(null));
        ChoiceAttributeConfig<Aggregation> aggregation = choiceAttribute("aggregation",
                name -> Aggregation.byConfigName(name).orElse(null));
        FloatAttributeConfig weight = floatAttribute("weight");
        IniFile.Entry def = value("enabled_default", null);
        BoolAttributeConfig.Default enabledDefault = switch (def.value().toLowerCase(Locale.ROOT)) {
            case "1", "on", "yes", "true" -> BoolAttributeConfig.Default.TRUE;
            case "0", "off", "no", "false" -> BoolAttributeConfig.Default.FALSE;
            case "random", "none" -> BoolAttributeConfig.Default.RANDOM;
            default -> throw error(def.line(), "enabled_default = '" + def.value()
                    + "' is not true, false or random");
        };
        BoolAttributeConfig enabled = checked(def.line(), () -> new BoolAttributeConfig("enabled",
                enabledDefault, real("enabled_mutate_rate", null),
                real("enabled_rate_to_true_add", "0.0"), real("enabled_rate_to_false_add", "0.0")));
        return new GenomeConfig(numInputs, numOutputs, numHidden, feedForward, disjoint, weightCoeff,
                connAdd, connDelete, nodeAdd, nodeDelete, single, surer, initial, fraction,
                bias, response, activation, aggregation, weight, enabled);
    }

    private FloatAttributeConfig floatAttribute(String name) {
        double mean = real(name + "_init_mean", null);
        double stdev = real(name + "_init_stdev", null);
        FloatAttributeConfig.InitType type = enumValue(name + "_init_type", "gaussian",
                FloatAttributeConfig.InitType.class);
        double max = real(name + "_max_value", null);
        IniFile.Entry minEntry = value(name + "_min_value", null);
        double min = parseReal(minEntry, minEntry.value());
        double power = real(name + "_mutate_power", null);
        double rate = real(name + "_mutate_rate", null);
        double replace = real(name + "_replace_rate", null);
        return checked(minEntry.line(), () -> new FloatAttributeConfig(name, mean, stdev, type, min, max,
                power, rate, replace));
    }

    private <T> ChoiceAttributeConfig<T> choiceAttribute(String name, Function<String, T> lookup) {
        IniFile.Entry opts = value(name + "_options", null);
        List<T> options = new ArrayList<>();
        for (String o : opts.value().split("\\s+")) {
            if (o.isEmpty()) {
                continue;
            }
            T t = lookup.apply(o.toLowerCase(Locale.ROOT));
            if (t == null) {
                throw error(opts.line(), name + "_options: unknown " + name + " function '" + o + "'");
            }
            options.add(t);
        }
        if (options.isEmpty()) {
            throw error(opts.line(), name + "_options is empty: list at least one " + name + " function");
        }
        IniFile.Entry def = value(name + "_default", "random");
        String d = def.value().toLowerCase(Locale.ROOT);
        Optional<T> defaultValue;
        if (d.equals("random") || d.equals("none")) {
            defaultValue = Optional.empty();
        } else {
            T t = lookup.apply(d);
            if (t == null) {
                throw error(def.line(), name + "_default: unknown " + name + " function '" + def.value() + "'");
            }
            defaultValue = Optional.of(t);
        }
        double rate = real(name + "_mutate_rate", null);
        return checked(opts.line(), () -> new ChoiceAttributeConfig<>(name, defaultValue, options, rate));
    }

    // ----- one section at a time -------------------------------------------------------------

    private <T> T inSection(String name, Supplier<T> body) {
        section = ini.sections.get(name);
        if (section == null) {
            throw error(ini.lineCount, "missing section [" + name + "]");
        }
        T result = checked(section.line, body);
        for (Map.Entry<String, IniFile.Entry> e : section.entries.entrySet()) {
            if (!section.used.contains(e.getKey())) {
                throw error(e.getValue().line(), "unknown key '" + e.getKey() + "' in [" + name
                        + "]: neat-python v0.92 has no such setting (check the spelling)");
            }
        }
        return result;
    }

    /** Runs a record constructor; its IllegalArgumentException becomes an error at {@code line}. */
    private <T> T checked(int line, Supplier<T> body) {
        try {
            return body.get();
        } catch (IllegalArgumentException e) {
            // The records' messages start with the offending key: point at that key's line.
            String msg = e.getMessage() == null ? "invalid value" : e.getMessage();
            IniFile.Entry culprit = section.entries.get(msg.split("[ =]", 2)[0]);
            throw error(culprit != null ? culprit.line() : line, "[" + section.name + "] " + msg);
        }
    }

    private IniFile.Entry value(String key, String defaultValue) {
        IniFile.Entry e = section.take(key);
        if (e != null) {
            return e;
        }
        if (defaultValue == null) {
            throw error(section.line, "missing key '" + key + "' in [" + section.name
                    + "]: neat-python v0.92 has no default for it");
        }
        return new IniFile.Entry(key, defaultValue, section.line);
    }

    private int integer(String key, String defaultValue) {
        IniFile.Entry e = value(key, defaultValue);
        try {
            return Integer.parseInt(e.value());
        } catch (NumberFormatException x) {
            throw error(e.line(), key + " = '" + e.value() + "' is not an integer");
        }
    }

    private double real(String key, String defaultValue) {
        IniFile.Entry e = value(key, defaultValue);
        return parseReal(e, e.value());
    }

    private double parseReal(IniFile.Entry e, String text) {
        // Python's float() grammar for plain decimals; Java's parseDouble would also take "1d",
        // "0x1p3" or "Infinity", which neat-python files never mean.
        if (!DECIMAL.matcher(text).matches()) {
            throw error(e.line(), e.key() + " = '" + e.value() + "' is not a decimal number");
        }
        double v = Double.parseDouble(text);
        if (!Double.isFinite(v)) {
            throw error(e.line(), e.key() + " = '" + e.value() + "' is out of the range of a double");
        }
        return v;
    }

    private boolean bool(String key, String defaultValue) {
        IniFile.Entry e = value(key, defaultValue);
        return switch (e.value().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw error(e.line(), key + " = '" + e.value() + "' is not True or False");
        };
    }

    private <E extends Enum<E>> E enumValue(String key, String defaultValue, Class<E> type) {
        IniFile.Entry e = value(key, defaultValue);
        List<String> names = new ArrayList<>();
        for (E c : type.getEnumConstants()) {
            String n = c.name().toLowerCase(Locale.ROOT);
            names.add(n);
            if (n.equals(e.value().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw error(e.line(), key + " = '" + e.value() + "' is not one of " + names);
    }

    private NeatConfigException error(int line, String message) {
        return new NeatConfigException(ini.file, line, message);
    }
}
