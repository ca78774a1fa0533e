/**
 * MAERI (Kwon, Samajdar, Krishna, ASPLOS 2018): so far the augmented reduction tree (ART), its
 * per-switch configuration and the compiler that maps any list of virtual-neuron sizes onto it
 * in one pass, with a functional dataflow model that checks a configuration port by port
 * (docs/spec/maeri.md, "ART").
 */
package plasticity.golden.maeri;
