/**
 * The tasks NEAT is evaluated on (docs/spec/environments.md): Gymnasium's classic-control
 * environments CartPole-v1, MountainCar-v0, Acrobot-v1 and Pendulum-v1 with their dynamics
 * reproduced operation for operation, and neat-python's XOR fitness.
 *
 * <p>sin and cos are {@code StrictMath}'s (fdlibm) and Python's {@code v**2} is {@code v * v},
 * so results are the same on every JVM; Gymnasium leaves both to the platform's libm
 * (docs/spec/environments.md, "Platform arithmetic").
 */
package plasticity.golden.env;
