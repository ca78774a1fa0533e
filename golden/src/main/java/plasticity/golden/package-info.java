/**
 * The golden models: the executable specification that the RTL is compared against, cycle by
 * cycle and bit for bit. Plain Java 17, nothing but the JDK. Each model follows the text of its
 * page in {@code docs/spec/}; {@link plasticity.golden.ClockedModel} states the shared cycle
 * convention. The models hold no randomness: the testbench owns the stimulus.
 */
package plasticity.golden;
