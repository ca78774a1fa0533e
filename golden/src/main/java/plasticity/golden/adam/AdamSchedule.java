package plasticity.golden.adam;

/**
 * One PE's program for one genome (docs/spec/adam.md, "Schedule"): the words the host writes into
 * a PE's link buffer (from address 0), node buffer (from address 0) and control register, and
 * what the scheduler knows of its run.
 *
 * @param genomeKey   the genome it was made from, for messages
 * @param numInputs   inputs: slots 0..numInputs-1
 * @param numOutputs  outputs: slots numInputs..numInputs+numOutputs-1
 * @param slots       value slots used (inputs + outputs + evaluated hidden nodes)
 * @param links       link words, in issue order
 * @param nodes       node words, in issue order
 * @param control     the control word
 * @param macs        MACs of one run: the sum of the fan-ins
 * @param issueCycles the PE's issue cycles I: MACs, one per zero node, and the stalls
 */
public record AdamSchedule(int genomeKey, int numInputs, int numOutputs, int slots, long[] links, long[] nodes,
        long control, int macs, int issueCycles) {

    public AdamSchedule {
        links = links.clone();
        nodes = nodes.clone();
    }

    @Override
    public long[] links() {
        return links.clone();
    }

    @Override
    public long[] nodes() {
        return nodes.clone();
    }

    /** The slot of output {@code k}. */
    public int outputSlot(int k) {
        if (k < 0 || k >= numOutputs) {
            throw new IllegalArgumentException("output " + k + " of " + numOutputs);
        }
        return numInputs + k;
    }

    /** The run's cycles when this is the slowest PE's schedule (docs/spec/adam.md, "Cycle count"). */
    public int runCycles() {
        return nodes.length == 0 ? 2 : issueCycles + AdamModel.PIPELINE_DRAIN;
    }
}
