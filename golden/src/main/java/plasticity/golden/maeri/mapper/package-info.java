/**
 * MAERI's layer-level model (docs/spec/maeri.md, "Mapper"): layers (convolution, fully connected,
 * LSTM gates, pruned) as one loop nest, the mapper that cuts filters into virtual neurons and packs
 * them into weight-stationary passes, its cost model (DN words per tree, collected sums per
 * rnBw, forwarding-link chains, the fabric's latency) and search, a runner that executes a mapping
 * through the ART compiler and model and checks it against nested loops, and the weight-stationary
 * systolic array it is compared with.
 */
package plasticity.golden.maeri.mapper;
