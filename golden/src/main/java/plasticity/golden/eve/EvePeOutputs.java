package plasticity.golden.eve;

/**
 * The outputs of one cycle of the EvE PE (docs/spec/eve.md, "Ports"), all functions of the
 * state only.
 *
 * @param cfgReady  the PE is idle and takes a register write
 * @param p1Ready   parent 1's queue has room
 * @param p2Ready   parent 2's queue has room
 * @param nodeValid the node register holds a gene to deliver
 * @param nodeGene  the node register (the last gene delivered when not valid; 0 after reset)
 * @param connValid the connection register holds a gene to deliver
 * @param connGene  the connection register
 * @param done      the child is complete: this cycle, every gene of it has been delivered
 */
public record EvePeOutputs(boolean cfgReady, boolean p1Ready, boolean p2Ready, boolean nodeValid, long nodeGene,
        boolean connValid, long connGene, boolean done) {
}
