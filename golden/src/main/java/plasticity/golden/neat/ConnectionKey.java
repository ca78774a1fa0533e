package plasticity.golden.neat;

/**
 * The identity of a connection gene in neat-python v0.92: the (input, output) pair of node keys.
 * There are no innovation numbers; two genomes that add the same link share the gene. Ordered by
 * input, then output: the order in which the model iterates connections.
 *
 * @param in  the source: an input pin (negative) or a node key
 * @param out the destination: always a node key (never an input pin)
 */
public record ConnectionKey(int in, int out) implements Comparable<ConnectionKey> {

    public ConnectionKey {
        if (out < 0) {
            throw new IllegalArgumentException("connection " + in + "->" + out
                    + " ends at an input pin: connections end at nodes (keys >= 0)");
        }
    }

    @Override
    public int compareTo(ConnectionKey o) {
        int c = Integer.compare(in, o.in);
        return c != 0 ? c : Integer.compare(out, o.out);
    }

    @Override
    public String toString() {
        return "(" + in + ", " + out + ")";
    }
}
