package plasticity.golden.neat.tasks;

import plasticity.golden.env.Acrobot;
import plasticity.golden.env.Environment;
import plasticity.golden.env.Step;

/**
 * Acrobot-v1 (docs/spec/neat.md, "Tasks"). Inputs: the six observations, the two angular
 * velocities divided by their bounds (4 pi and 9 pi) so that all six lie in [-1, 1] as the
 * cosines and sines do. Three outputs, action = argmax (first of equals). Solved: mean return
 * >= -100 over 100 episodes (Gymnasium's reward threshold).
 */
public final class AcrobotTask extends EpisodicTask {

    private static final double MAX_VEL_1 = 4 * Math.PI;
    private static final double MAX_VEL_2 = 9 * Math.PI;

    public AcrobotTask() {
        super(-100.0);
    }

    @Override
    public String name() {
        return "acrobot";
    }

    @Override
    public String title() {
        return "Acrobot-v1";
    }

    @Override
    public int numOutputs() {
        return 3;
    }

    @Override
    protected Environment newEnvironment() {
        return new Acrobot();
    }

    @Override
    protected double[] inputs(double[] o) {
        return new double[] {o[0], o[1], o[2], o[3], o[4] / MAX_VEL_1, o[5] / MAX_VEL_2};
    }

    @Override
    protected Step act(Environment env, double[] outputs) {
        return env.step(argmax(outputs));
    }
}
