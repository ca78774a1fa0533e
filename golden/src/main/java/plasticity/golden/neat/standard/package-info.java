/**
 * The standard operator set: neat-python v0.92's genome operators (creation, crossover,
 * mutation, distance) in double precision (docs/spec/neat.md, "Standard operators").
 */
package plasticity.golden.neat.standard;
