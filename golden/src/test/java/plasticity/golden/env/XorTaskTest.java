package plasticity.golden.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static plasticity.golden.env.GymnasiumReference.XOR_FITNESS;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** neat-python's XOR fitness (examples/xor/evolve-feedforward.py; docs/spec/environments.md). */
class XorTaskTest {

    /** The outputs XOR_OUTPUTS of gymnasium_reference.py, whose fitnesses it printed. */
    private static final double[][] OUTPUTS = {
        {0.1, 0.93, 0.8712, 0.0456},
        {0.5, 0.5, 0.5, 0.5},
        {0.31415926535, 0.7182818284, 0.999999, 1e-9},
    };

    @Test
    void fitnessMatchesNeatPythonsLoopBitForBit() {
        for (int i = 0; i < OUTPUTS.length; i++) {
            assertEquals(XOR_FITNESS[i], XorTask.fitness(OUTPUTS[i]), 0.0, "outputs " + i);
        }
        assertEquals(XorTask.MAX_FITNESS, XorTask.fitness(new double[] {0, 1, 1, 0}), 0.0);
    }

    @Test
    void networkIsActivatedOnTheFourCasesInNeatPythonsOrder() {
        List<double[]> seen = new ArrayList<>();
        double fitness = XorTask.fitness(in -> {
            seen.add(in);
            return new double[] {OUTPUTS[0][seen.size() - 1], 42.0};
        });
        assertEquals(XOR_FITNESS[0], fitness, 0.0);
        assertArrayEquals(new double[] {0, 0}, seen.get(0));
        assertArrayEquals(new double[] {0, 1}, seen.get(1));
        assertArrayEquals(new double[] {1, 0}, seen.get(2));
        assertArrayEquals(new double[] {1, 1}, seen.get(3));
    }

    @Test
    void wrongOutputCountsAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> XorTask.fitness(new double[3]));
        assertEquals("XOR fitness needs one output per case (4), got 3", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> XorTask.fitness(in -> new double[0]));
    }
}
