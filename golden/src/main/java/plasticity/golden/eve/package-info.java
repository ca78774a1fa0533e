/**
 * The EvE PE as a cycle model of gene streams (docs/spec/eve.md, "PE pipeline"): its register
 * map, its ports and {@link plasticity.golden.eve.EvePeModel}, which drives the hardware NEAT
 * operators ({@link plasticity.golden.neat.hardware.Breeder}) in the PE's pipeline order.
 */
package plasticity.golden.eve;
