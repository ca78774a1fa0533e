/**
 * The generation loop shared by every operator set: neat-python v0.92's species set,
 * stagnation, reproduction and population (docs/spec/neat.md, "Generation loop").
 */
package plasticity.golden.neat.evolution;
