package plasticity.golden.neat.hardware;

/**
 * Where a {@link Breeder} reports each child gene as it makes it, in the order its steps make
 * them (docs/spec/eve.md, "PE pipeline"): the EvE cycle model turns these reports into the
 * cycles at which the PE delivers each gene. Within one connection step the order is the merged
 * pending genes, then the new node, then the step's own connection.
 */
public interface GeneSink {

    /** Reports nothing: a breeder whose only result is {@link Breeder#finish}. */
    GeneSink NONE = new GeneSink() {
        @Override
        public void keptNode(long gene) {}

        @Override
        public void newNode(long gene) {}

        @Override
        public void mergedPending(long gene) {}

        @Override
        public void connection(long gene) {}
    };

    /** A node step's gene, kept in the child (node phase). */
    void keptNode(long gene);

    /** The hidden node an add-node made (connection phase). */
    void newNode(long gene);

    /**
     * A pending connection entering the connection stream: passed by a connection step's key,
     * or left at the end of the pass.
     */
    void mergedPending(long gene);

    /** A connection step's own gene (disabled when add-node split it). */
    void connection(long gene);
}
