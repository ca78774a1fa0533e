/**
 * ADAM, GeneSys's inference engine (docs/spec/adam.md): what a network computes on it. The
 * activation unit's functions and 4-bit codes ({@link plasticity.golden.adam.AdamActivation}, with
 * the sigmoid and tanh {@link plasticity.golden.adam.ActivationTable}s), neat-python's feed-forward
 * {@link plasticity.golden.adam.EvaluationOrder}, and the bit-exact
 * {@link plasticity.golden.adam.FixedNetwork} in the formats of {@code plasticity.golden.fixed}.
 * Against neat-python's float network: a per-genome {@link plasticity.golden.adam.FixedErrorBound}
 * and the random-genome {@link plasticity.golden.adam.FixedErrorStudy}. The engine: the
 * {@link plasticity.golden.adam.AdamScheduler} (genome to one PE's program,
 * {@link plasticity.golden.adam.AdamSchedule}, in the {@link plasticity.golden.adam.AdamWords}
 * formats), the cycle model {@link plasticity.golden.adam.AdamModel} of the PE array and its host
 * port ({@link plasticity.golden.adam.HostAddress}), and a host that drives it,
 * {@link plasticity.golden.adam.AdamHost}; a genome on the model as a task's network
 * ({@link plasticity.golden.adam.AdamNetwork}) and a CartPole population on the array
 * ({@link plasticity.golden.adam.CartPolePopulationStudy}), for docs/results/adam.md; genomes as
 * EvE breeds them for the tests ({@link plasticity.golden.adam.BredGenomes}).
 */
package plasticity.golden.adam;
