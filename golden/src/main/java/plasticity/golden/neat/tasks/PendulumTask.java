package plasticity.golden.neat.tasks;

import plasticity.golden.env.Environment;
import plasticity.golden.env.Pendulum;
import plasticity.golden.env.Step;

/**
 * Pendulum-v1 (docs/spec/neat.md, "Tasks"). Inputs: {@code cos th, sin th, thdot / 8} (the
 * angular velocity divided by its bound, so all three lie in [-1, 1]). One output {@code o},
 * torque {@code 4 o - 2}: the sigmoid's range [0, 1] maps onto the action space [-2, 2], and the
 * environment clips what another activation puts outside. Gymnasium registers no reward
 * threshold for Pendulum-v1; ours is a mean return >= -200 over 100 episodes (good swing-up
 * controllers reach about -150).
 */
public final class PendulumTask extends EpisodicTask {

    public PendulumTask() {
        super(-200.0);
    }

    @Override
    public String name() {
        return "pendulum";
    }

    @Override
    public String title() {
        return "Pendulum-v1";
    }

    @Override
    public int numOutputs() {
        return 1;
    }

    @Override
    protected Environment newEnvironment() {
        return new Pendulum();
    }

    @Override
    protected double[] inputs(double[] o) {
        return new double[] {o[0], o[1], o[2] / 8.0};
    }

    @Override
    protected Step act(Environment env, double[] outputs) {
        return env.step(new double[] {4.0 * outputs[0] - 2.0});
    }
}
