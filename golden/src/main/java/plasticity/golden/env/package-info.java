/**
 * The tasks NEAT is evaluated on (docs/spec/environments.md): Gymnasium's classic-control
 * environments CartPole-v1, MountainCar-v0, Acrobot-v1 and Pendulum-v1 with their dynamics
 * reproduced operation for operation, and neat-python's XOR fitness.
 */
package plasticity.golden.env;
