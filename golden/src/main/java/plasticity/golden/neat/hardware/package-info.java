/**
 * The hardware NEAT operator set: the 64-bit gene format (docs/spec/gene-format.md) and what an
 * EvE PE computes for a child, bit for bit (docs/spec/eve.md). The EvE RTL is checked against
 * {@link plasticity.golden.neat.hardware.Breeder}.
 */
package plasticity.golden.neat.hardware;
