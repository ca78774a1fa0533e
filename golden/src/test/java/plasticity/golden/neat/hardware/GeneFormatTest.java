package plasticity.golden.neat.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import plasticity.golden.neat.ConnectionKey;

/** The 64-bit gene layout of docs/spec/gene-format.md. */
class GeneFormatTest {

    @Test
    void nodeGeneRoundTripsEveryField() {
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 100_000; i++) {
            int id = r.nextInt(256);
            int key = r.nextInt(GeneFormat.KEY_MAX + 1);
            boolean output = r.nextBoolean();
            int bias = r.nextInt(-128, 128);
            int response = r.nextInt(-128, 128);
            int activation = r.nextInt(16);
            int aggregation = r.nextInt(8);
            long g = GeneFormat.node(id, key, output, bias, response, activation, aggregation);
            assertEquals(id, GeneFormat.genomeId(g));
            assertTrue(!GeneFormat.isConnection(g));
            assertEquals(key, GeneFormat.keyA(g));
            assertEquals(0, GeneFormat.keyB(g));
            assertEquals(output, GeneFormat.isOutput(g));
            assertEquals(bias, (byte) GeneFormat.attribute(g, 1));
            assertEquals(response, (byte) GeneFormat.attribute(g, 2));
            assertEquals(activation, GeneFormat.attribute(g, 3));
            assertEquals(aggregation, GeneFormat.attribute(g, 4));
            assertNull(GeneFormat.problem(g));
        }
    }

    @Test
    void connectionGeneRoundTripsEveryField() {
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < 100_000; i++) {
            int id = r.nextInt(256);
            int in = r.nextInt(GeneFormat.KEY_MIN, GeneFormat.KEY_MAX + 1);
            int out = r.nextInt(GeneFormat.KEY_MAX + 1);
            int weight = r.nextInt(-128, 128);
            boolean enabled = r.nextBoolean();
            long g = GeneFormat.connection(id, in, out, weight, enabled);
            assertEquals(id, GeneFormat.genomeId(g));
            assertTrue(GeneFormat.isConnection(g));
            assertEquals(in, GeneFormat.keyA(g));
            assertEquals(out, GeneFormat.keyB(g));
            assertEquals(weight, (byte) GeneFormat.attribute(g, 1));
            assertEquals(enabled ? 1 : 0, GeneFormat.attribute(g, 2));
            assertEquals(0, GeneFormat.attribute(g, 3));
            assertEquals(0, GeneFormat.attribute(g, 4));
            assertEquals(GeneFormat.sortKey(in, out), GeneFormat.sortKey(g));
            assertNull(GeneFormat.problem(g));
        }
    }

    @Test
    void extremeKeysAndTheFieldPositions() {
        long g = GeneFormat.connection(0xAB, GeneFormat.KEY_MIN, GeneFormat.KEY_MAX, -1, true);
        // genome id [63:56], type [55], key A [54:44] = 0x400, key B [43:33] = 0x3FF, weight [31:24], enabled [16].
        long expected = (0xABL << 56) | (1L << 55) | (0x400L << 44) | (0x3FFL << 33) | (0xFFL << 24) | (1L << 16);
        assertEquals(expected, g);
        long n = GeneFormat.node(1, 5, true, 16, 16, 3, 0);
        assertEquals((1L << 56) | (5L << 44) | (1L << 32) | (0x10L << 24) | (0x10L << 16) | (3L << 8), n);
    }

    @Test
    void sortKeyOrdersAsConnectionKeys() {
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 100_000; i++) {
            ConnectionKey a = new ConnectionKey(r.nextInt(-1024, 1024), r.nextInt(1024));
            ConnectionKey b = new ConnectionKey(r.nextInt(-1024, 1024), r.nextInt(1024));
            if (r.nextInt(8) == 0) {
                b = new ConnectionKey(a.in(), b.out());
            }
            assertEquals(Integer.signum(a.compareTo(b)),
                    Integer.signum(Integer.compare(GeneFormat.sortKey(a.in(), a.out()), GeneFormat.sortKey(b.in(), b.out()))),
                    a + " vs " + b);
        }
    }

    @Test
    void malformedGenesAreNamed() {
        long node = GeneFormat.node(0, 3, false, 0, 16, 3, 0);
        assertNotNull(GeneFormat.problem(node | (1L << 40)));   // key B of a node gene
        assertNotNull(GeneFormat.problem(node | (1L << 12)));   // activation above 4 bits
        assertNotNull(GeneFormat.problem(node | (1L << 3)));    // aggregation above 3 bits
        long conn = GeneFormat.connection(0, -1, 0, 5, true);
        assertNotNull(GeneFormat.problem(conn | (1L << 32)));   // output flag on a connection
        assertNotNull(GeneFormat.problem(conn | (1L << 17)));   // enabled byte above bit 0
        assertNotNull(GeneFormat.problem(conn | 0xFFL));        // attribute 4 of a connection
        assertNotNull(GeneFormat.problem(conn | (0x400L << 33))); // ends at an input pin
        assertThrows(IllegalArgumentException.class, () -> GeneFormat.node(0, 1024, false, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> GeneFormat.node(0, -1, false, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> GeneFormat.connection(256, 0, 1, 0, true));
        assertThrows(IllegalArgumentException.class, () -> GeneFormat.connection(0, -1025, 1, 0, true));
    }

    @Test
    void attributeCodesAreSixteenthsOfAUnit() {
        for (int c = -128; c < 128; c++) {
            assertEquals(c, AttributeCodes.code("x", AttributeCodes.value(c)));
            assertEquals(c, AttributeCodes.nearestCode(AttributeCodes.value(c)));
        }
        assertEquals(-8.0, AttributeCodes.value(0x80));
        assertEquals(1.0, AttributeCodes.value(16));
        assertThrows(IllegalArgumentException.class, () -> AttributeCodes.code("weight", 0.01));
        assertThrows(IllegalArgumentException.class, () -> AttributeCodes.code("weight", 8.0));
        assertEquals(127, AttributeCodes.nearestCode(30.0));
        assertEquals(1, AttributeCodes.nearestCode(1.0 / 32)); // half up
        assertEquals(0, AttributeCodes.nearestCode(-1.0 / 32));
    }
}
