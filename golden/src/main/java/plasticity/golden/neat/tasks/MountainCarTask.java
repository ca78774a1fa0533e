package plasticity.golden.neat.tasks;

import plasticity.golden.env.Environment;
import plasticity.golden.env.MountainCar;
import plasticity.golden.env.Step;

/**
 * MountainCar-v0 (docs/spec/neat.md, "Tasks"). Inputs: position and velocity scaled from
 * Gymnasium's observation bounds ([-1.2, 0.6] and [-0.07, 0.07]) onto [-1, 1]; raw, the velocity
 * is about 100 times smaller than the position and the initial weights (stdev 1) could not tell
 * it from zero. Three outputs, action = argmax (first of equals). Solved: mean return >= -110
 * over 100 episodes (Gymnasium's reward threshold).
 */
public final class MountainCarTask extends EpisodicTask {

    public MountainCarTask() {
        super(-110.0);
    }

    @Override
    public String name() {
        return "mountaincar";
    }

    @Override
    public String title() {
        return "MountainCar-v0";
    }

    @Override
    public int numOutputs() {
        return 3;
    }

    @Override
    protected Environment newEnvironment() {
        return new MountainCar();
    }

    @Override
    protected double[] inputs(double[] observation) {
        return new double[] {(observation[0] + 0.3) / 0.9, observation[1] / 0.07};
    }

    @Override
    protected Step act(Environment env, double[] outputs) {
        return env.step(argmax(outputs));
    }
}
