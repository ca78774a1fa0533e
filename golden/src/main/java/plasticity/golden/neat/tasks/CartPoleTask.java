package plasticity.golden.neat.tasks;

import plasticity.golden.env.CartPole;
import plasticity.golden.env.Environment;
import plasticity.golden.env.Step;

/**
 * CartPole-v1 (docs/spec/neat.md, "Tasks"). Inputs: the observation {@code x, x_dot, theta,
 * theta_dot} as it is. One output: push right (action 1) when it is above 0.5, else left; that is
 * neat-python's {@code discrete_actuator_force} (examples/single-pole-balancing/cart_pole.py:
 * {@code 10.0 if action[0] > 0.5 else -10.0}). Solved: mean return >= 475 over 100 episodes
 * (Gymnasium's reward threshold).
 */
public final class CartPoleTask extends EpisodicTask {

    public CartPoleTask() {
        super(475.0);
    }

    @Override
    public String name() {
        return "cartpole";
    }

    @Override
    public String title() {
        return "CartPole-v1";
    }

    @Override
    public int numOutputs() {
        return 1;
    }

    @Override
    protected Environment newEnvironment() {
        return new CartPole();
    }

    @Override
    protected double[] inputs(double[] observation) {
        return observation;
    }

    @Override
    protected Step act(Environment env, double[] outputs) {
        return env.step(outputs[0] > 0.5 ? 1 : 0);
    }
}
