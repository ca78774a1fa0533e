/**
 * MAERI (Kwon, Samajdar, Krishna, ASPLOS 2018): the front end, a cycle model of the distribution
 * network (a forest of mask-routed trees, optionally pipelined) and the weight-stationary
 * multiplier switches with their neighbour links ({@link plasticity.golden.maeri.FrontEndModel});
 * and the augmented reduction tree (ART), its per-switch configuration and the compiler that maps
 * any list of virtual-neuron sizes onto it in one pass, with a functional dataflow model that
 * checks a configuration port by port (docs/spec/maeri.md).
 */
package plasticity.golden.maeri;
