package plasticity.golden.maeri.mapper;

import java.util.ArrayList;
import java.util.List;
import plasticity.golden.maeri.AcceleratorInputs;
import plasticity.golden.maeri.AcceleratorModel;
import plasticity.golden.maeri.AcceleratorOutputs;
import plasticity.golden.maeri.HostWrite;

/**
 * What a host does with the accelerator (docs/spec/maeri.md, "Accelerator", "Host port"): reset,
 * one write a cycle to load a compiled program, start, wait for done, then read the outputs, one
 * address a cycle. It records every cycle's inputs and outputs, the trace an RTL run replays.
 */
public final class HostSession {

    /**
     * A session.
     *
     * @param outputs    the output buffer entries the layer fills, read back
     * @param cycles     the cycles from start to done
     * @param bad        whether the accelerator stopped on a bad descriptor
     * @param inputs     every cycle's inputs
     * @param observed   every cycle's outputs
     * @param startCycle the cycle start was raised in
     */
    public record Result(long[] outputs, long cycles, boolean bad, List<AcceleratorInputs> inputs,
            List<AcceleratorOutputs> observed, int startCycle) {
    }

    private HostSession() {
    }

    /** Runs {@code program} on {@code model}; gives up after {@code limit} cycles of running. */
    public static Result run(AcceleratorModel model, ProgramCompiler.Program program, long limit) {
        List<AcceleratorInputs> ins = new ArrayList<>();
        List<AcceleratorOutputs> outs = new ArrayList<>();
        step(model, new AcceleratorInputs(true, false, null, 0), ins, outs);
        for (HostWrite write : program.loads(model.config())) {
            step(model, new AcceleratorInputs(false, false, write, 0), ins, outs);
        }
        int start = ins.size();
        AcceleratorOutputs out = step(model, new AcceleratorInputs(false, true, null, 0), ins, outs);
        long waited = 0;
        while (!out.done()) {
            if (++waited > limit) {
                throw new IllegalStateException("the accelerator did not finish in " + limit + " cycles");
            }
            out = step(model, AcceleratorInputs.IDLE, ins, outs);
        }
        long cycles = ins.size() - 1 - start;
        boolean bad = out.bad();
        long[] result = new long[program.outputs()];
        // rd_data shows the entry named the cycle before: one read a cycle, one cycle behind.
        // Output o is at the address the compiler placed it ("Output placement").
        int[] address = program.addresses();
        for (int at = 0; at <= result.length; at++) {
            out = step(model, new AcceleratorInputs(false, false, null,
                    result.length == 0 ? 0 : address[Math.min(at, result.length - 1)]),
                    ins, outs);
            if (at > 0) {
                result[at - 1] = out.rdData();
            }
        }
        return new Result(result, cycles, bad, ins, outs, start);
    }

    private static AcceleratorOutputs step(AcceleratorModel model, AcceleratorInputs in,
            List<AcceleratorInputs> ins, List<AcceleratorOutputs> outs) {
        AcceleratorOutputs out = model.step(in);
        ins.add(in);
        outs.add(out);
        return out;
    }
}
