/**
 * Small reusable hardware blocks: the pipelined adder tree (docs/spec/adder-tree.md) and the
 * first-word-fall-through FIFO (docs/spec/fifo.md).
 */
package plasticity.golden.blocks;
