package plasticity.golden.neat.evolution;

import plasticity.golden.neat.Genome;

/** Hears what the population loop does (neat-python's reporter hooks, reduced). */
public interface Reporter {

    /** After each evaluation, before the solution test. */
    void generation(GenerationReport report);

    default void speciesStagnant(int speciesKey, int generation) {
    }

    default void extinction(int generation) {
    }

    default void solved(int generation, Genome best, double fitness) {
    }

    /** A reporter that ignores everything. */
    static Reporter silent() {
        return r -> { };
    }
}
