/**
 * The NEAT golden model (docs/spec/neat.md): genomes in neat-python v0.92's model
 * ({@link plasticity.golden.neat.Genome}), the {@link plasticity.golden.neat.Rng} that every
 * random decision draws from, activation and aggregation functions, the feed-forward network,
 * and the {@link plasticity.golden.neat.GenomeOperators} interface that an operator set
 * implements. Sub-packages: {@code config} (INI files), {@code standard} (neat-python's
 * operators in floating point), {@code evolution} (speciation, stagnation, reproduction, the
 * generation loop). Deterministic: explicit PRNG, ascending-key iteration, StrictMath.
 */
package plasticity.golden.neat;
