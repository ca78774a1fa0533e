package plasticity.golden.maeri;

/**
 * One virtual neuron's result after a reduction pass: its sum and the collection port it left
 * from.
 *
 * @param vn    the VN's position in the list
 * @param sum   the sum of its products (two's-complement, wrapping like the 64-bit datapath)
 * @param level level of the adder switch whose collection port it left from
 * @param index index of that switch within its level
 * @param lane  the collection lane: 0, or 1 for the right product of a split leaf adder
 */
public record VnResult(int vn, long sum, int level, int index, int lane) {
}
