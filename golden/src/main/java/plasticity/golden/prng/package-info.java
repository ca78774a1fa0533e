/**
 * Marsaglia's xorwow generator and the {@code xorwow} hardware block built on it
 * (docs/spec/prng.md).
 */
package plasticity.golden.prng;
