package plasticity.golden.neat.hardware;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import plasticity.golden.neat.ConnectionGene;
import plasticity.golden.neat.ConnectionKey;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.GenomeOperators;
import plasticity.golden.neat.InitialConnections;
import plasticity.golden.neat.NodeGene;
import plasticity.golden.neat.Rng;
import plasticity.golden.neat.config.GenomeConfig;
import plasticity.golden.neat.config.InitialConnection;
import plasticity.golden.neat.standard.StandardOperators;

/**
 * The hardware operator set (docs/spec/eve.md): every child is what an EvE PE breeds, bit for
 * bit ({@link Breeder}); the host's part is as in GeneSys: parents, their order (fitter first),
 * the child's seed and per-gene structural rates, the initial population, and speciation.
 * Genome attributes are hardware values (multiples of 1/16, docs/spec/gene-format.md).
 */
public final class HardwareOperators implements GenomeOperators {

    private final GenomeConfig config;
    private final EveConfig eve;
    private final StandardOperators distance;

    /** @throws IllegalArgumentException naming the configuration key the hardware cannot follow */
    public HardwareOperators(GenomeConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.eve = EveConfig.of(config);
        this.distance = new StandardOperators(config);
    }

    public EveConfig eveConfig() {
        return eve;
    }

    // ----- the host: the initial population ----------------------------------------------------------

    /**
     * A new genome as neat-python's {@code configure_new} builds it (same topology options, same
     * order), with hardware values: each float attribute is init mean + triangle of one host draw
     * (bytes 0 and 1 of a word of {@code rng}), a choice attribute its default or a pick from
     * byte 0, the enabled flag its default or bit 0. Hidden nodes take keys numOutputs, ...
     */
    @Override
    public Genome createNew(int key, Rng rng) {
        Genome.Builder g = new Genome.Builder(key);
        for (int k = 0; k < config.numOutputs() + config.numHidden(); k++) {
            g.put(newNode(k, rng));
        }
        List<ConnectionKey> connections = switch (config.initialConnection()) {
            case UNCONNECTED -> List.of();
            case FS_NEAT_NOHIDDEN, FS_NEAT_HIDDEN -> {
                int in = rng.choice(config.inputKeys());
                List<ConnectionKey> ks = new ArrayList<>();
                for (int n : g.nodes().keySet()) {
                    if (config.initialConnection() == InitialConnection.FS_NEAT_HIDDEN || config.isOutput(n)) {
                        ks.add(new ConnectionKey(in, n));
                    }
                }
                yield ks;
            }
            case FULL_NODIRECT, FULL_DIRECT -> InitialConnections.full(config, g.nodes().keySet(),
                    config.initialConnection() == InitialConnection.FULL_DIRECT);
            case PARTIAL_NODIRECT, PARTIAL_DIRECT -> {
                List<ConnectionKey> all = new ArrayList<>(InitialConnections.full(config, g.nodes().keySet(),
                        config.initialConnection() == InitialConnection.PARTIAL_DIRECT));
                rng.shuffle(all);
                yield all.subList(0, (int) Math.rint(all.size() * config.connectionFraction()));
            }
        };
        for (ConnectionKey k : connections) {
            g.put(new ConnectionGene(k, AttributeCodes.value(fresh(eve.weight(), rng)), newEnabled(rng)));
        }
        return g.build();
    }

    private NodeGene newNode(int key, Rng rng) {
        int bias = fresh(eve.bias(), rng);
        int response = fresh(eve.response(), rng);
        int activation = eve.activation().initial((int) rng.nextUnsigned32() & 0xFF);
        int aggregation = eve.aggregation().initial((int) rng.nextUnsigned32() & 0xFF);
        return new NodeGene(key, AttributeCodes.value(bias), AttributeCodes.value(response),
                AttributeCodes.activation(activation), AttributeCodes.aggregation(aggregation));
    }

    private static int fresh(FloatCodes c, Rng rng) {
        int u = (int) rng.nextUnsigned32();
        return c.around(c.initMean(), (byte) u, (byte) (u >>> 8), c.initSpread());
    }

    private boolean newEnabled(Rng rng) {
        return eve.newConnectionEnabled((rng.nextUnsigned32() & 1) == 1);
    }

    // ----- EvE: one pass per child ----------------------------------------------------------------------

    /**
     * One EvE pass: the fitter parent (strictly larger fitness, else {@code b}, as neat-python)
     * streams first; the child's seed is one word of the host's {@code rng}; its structural rates
     * come from the fitter parent's gene counts ({@link ChildSettings#forParent}).
     */
    @Override
    public Genome reproduce(int childKey, Genome a, double fitnessA, Genome b, double fitnessB, Rng rng) {
        Genome p1 = fitnessA > fitnessB ? a : b;
        Genome p2 = fitnessA > fitnessB ? b : a;
        return breed(childKey, p1, p2, settingsFor(childKey, p1, rng));
    }

    /** The per-child settings the host writes for a child of fitter parent {@code p1}. */
    public ChildSettings settingsFor(int childKey, Genome p1, Rng rng) {
        int seed = (int) rng.nextUnsigned32();
        int hidden = 0;
        for (int k : p1.nodes().keySet()) {
            if (!config.isOutput(k)) {
                hidden++;
            }
        }
        return ChildSettings.forParent(childKey & GeneFormat.GENOME_ID_MAX, seed, hidden, p1.nodes().size(),
                p1.connections().size(), config.nodeDeleteProb(), config.connAddProb(), config.connDeleteProb(),
                config.nodeAddProb());
    }

    /** The child of p1 (fitter) and p2 under explicit settings: encode, breed, decode. */
    public Genome breed(int childKey, Genome p1, Genome p2, ChildSettings settings) {
        return breed(eve, childKey, p1, p2, settings);
    }

    private Genome breed(EveConfig registers, int childKey, Genome p1, Genome p2, ChildSettings settings) {
        long[] child = Breeder.breed(registers, settings,
                GenomeCodec.encode(p1, settings.genomeId(), config.numOutputs()),
                GenomeCodec.encode(p2, settings.genomeId(), config.numOutputs()));
        return GenomeCodec.decode(child, childKey, config.numOutputs());
    }

    /** Crossover alone: an EvE pass with every mutation and structural rate zero. */
    @Override
    public Genome crossover(int childKey, Genome a, double fitnessA, Genome b, double fitnessB, Rng rng) {
        Genome p1 = fitnessA > fitnessB ? a : b;
        Genome p2 = fitnessA > fitnessB ? b : a;
        EveConfig quiet = new EveConfig(eve.numInputs(), eve.numOutputs(), still(eve.bias()), still(eve.response()),
                still(eve.weight()), stillChoice(eve.activation()), stillChoice(eve.aggregation()), 0,
                eve.enabledDefault());
        ChildSettings s = new ChildSettings(childKey & GeneFormat.GENOME_ID_MAX, (int) rng.nextUnsigned32(), 0, 0, 0, 0);
        return breed(quiet, childKey, p1, p2, s);
    }

    /** Mutation alone: an EvE pass with the genome as both parents (every gene matches). */
    @Override
    public Genome mutate(Genome genome, Rng rng) {
        return breed(genome.key(), genome, genome, settingsFor(genome.key(), genome, rng));
    }

    private static FloatCodes still(FloatCodes c) {
        return new FloatCodes(0, 0, c.power(), c.initMean(), c.initSpread(), c.min(), c.max());
    }

    private static ChoiceCodes stillChoice(ChoiceCodes c) {
        return new ChoiceCodes(0, c.options(), c.defaultCode());
    }

    /** neat-python's compatibility distance on the genomes' values (host side, as in GeneSys). */
    @Override
    public double distance(Genome a, Genome b) {
        return distance.distance(a, b);
    }
}
