package plasticity.golden.neat.hardware;

/**
 * The per-child entry of a breeding schedule, as the PE sees it (docs/spec/eve.md, "Per-child
 * settings"): the child's genome id, its PRNG seed, and its four structural rates as UQ0.16
 * per-gene codes.
 *
 * @param nodeDelete per hidden node gene: delete the node
 * @param connAdd    per node gene: add a connection at this node
 * @param connDelete per connection gene: delete the connection
 * @param nodeAdd    per connection gene: split it with a new node
 */
public record ChildSettings(int genomeId, int seed, int nodeDelete, int connAdd, int connDelete, int nodeAdd) {

    public ChildSettings {
        if (genomeId < 0 || genomeId > GeneFormat.GENOME_ID_MAX) {
            throw new IllegalArgumentException("genome id " + genomeId + " does not fit 8 bits");
        }
        Rates.requireHalfWord("node delete rate", nodeDelete);
        Rates.requireHalfWord("connection add rate", connAdd);
        Rates.requireHalfWord("connection delete rate", connDelete);
        Rates.requireHalfWord("node add rate", nodeAdd);
        if (nodeDelete + connAdd > 65536 || connDelete + nodeAdd > 65536) {
            throw new IllegalArgumentException("structural rates of one gene type sum above 1: node "
                    + nodeDelete + " + " + connAdd + ", connection " + connDelete + " + " + nodeAdd + " (of 65536)");
        }
    }

    /**
     * The host's conversion of neat-python's per-genome probabilities into per-gene rates for a
     * child whose fitter parent has the given gene counts: each probability is divided by the
     * number of genes it can fire on, so that the expected number of events per child is the
     * configured probability (neat-python fires each at most once per child). When a pair of
     * rates would sum above 1 (tiny genomes, large probabilities) both are scaled down
     * proportionally.
     */
    public static ChildSettings forParent(int genomeId, int seed, int hiddenNodes, int nodes, int connections,
            double nodeDeleteProb, double connAddProb, double connDeleteProb, double nodeAddProb) {
        double nd = hiddenNodes == 0 ? 0.0 : nodeDeleteProb / hiddenNodes;
        double ca = nodes == 0 ? 0.0 : connAddProb / nodes;
        double cd = connections == 0 ? 0.0 : connDeleteProb / connections;
        double na = connections == 0 ? 0.0 : nodeAddProb / connections;
        double nodeSum = nd + ca;
        if (nodeSum > 1.0) {
            nd /= nodeSum;
            ca /= nodeSum;
        }
        double connSum = cd + na;
        if (connSum > 1.0) {
            cd /= connSum;
            na /= connSum;
        }
        int ndc = Rates.code16(nd);
        int cac = Math.min(Rates.code16(ca), 65536 - ndc);
        int cdc = Rates.code16(cd);
        int nac = Math.min(Rates.code16(na), 65536 - cdc);
        return new ChildSettings(genomeId, seed, ndc, Math.min(cac, 65535), cdc, Math.min(nac, 65535));
    }
}
