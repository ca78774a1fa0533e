#!/usr/bin/env python3
"""Reference trajectories for plasticity.golden.env, computed independently of the Java code.

Each step function below is rewritten line by line from Gymnasium 1.x
(gymnasium/envs/classic_control/cartpole.py, mountain_car.py, acrobot.py, pendulum.py),
keeping Gymnasium's NumPy types: float64 state, np.cos/np.sin (math.cos in MountainCar),
observations cast with np.array(..., dtype=np.float32). The TimeLimit wrapper is the
`max_steps` loop bound. Initial states are set directly (no reset randomness).

Two deliberate choices, see docs/spec/environments.md "Platform arithmetic":
- sin and cos are fdlibm's (fdlibm_trig.py, what Java's StrictMath returns on every JVM), not
  the platform libm's that NumPy and math call. glibc's results differ from fdlibm's in the last
  bit for a few percent of arguments. With --libm the script uses np.cos/np.sin/math.cos instead.
- Gymnasium writes `v**2` for a float64 v, which CPython/NumPy compute with libm pow(); glibc's
  pow is not correctly rounded (about 1 argument in 1000 gets the other neighbour of the exact
  square). The specification uses the exactly rounded square `v * v`; --pow uses `**2` instead.
The default run also reports, per trajectory, whether either platform choice changes any bit,
i.e. whether Gymnasium itself, run on this machine, would give exactly the same numbers.

Run (Python 3.11, NumPy 2.x; prints the Java literals of GymnasiumReference.java):
    python3 gymnasium_reference.py
"""
import math
import sys

import numpy as np

import fdlibm_trig

LITERAL_POW = "--pow" in sys.argv
LIBM_TRIG = "--libm" in sys.argv


def sq(v):
    return v**2 if LITERAL_POW else v * v


def np_cos(x):
    return np.cos(x) if LIBM_TRIG else fdlibm_trig.cos(x)


def np_sin(x):
    return np.sin(x) if LIBM_TRIG else fdlibm_trig.sin(x)


def math_cos(x):
    return math.cos(x) if LIBM_TRIG else fdlibm_trig.cos(x)


def f32(values):
    return [float(v) for v in np.array(values, dtype=np.float32)]


# ---------------------------------------------------------------- CartPole-v1
class CartPole:
    gravity = 9.8
    masscart = 1.0
    masspole = 0.1
    total_mass = masspole + masscart
    length = 0.5
    polemass_length = masspole * length
    force_mag = 10.0
    tau = 0.02
    theta_threshold_radians = 12 * 2 * math.pi / 360
    x_threshold = 2.4
    max_steps = 500

    def __init__(self, state):
        self.state = np.array(state, dtype=np.float64)

    def obs(self):
        return f32(self.state)

    def step(self, action):
        x, x_dot, theta, theta_dot = self.state
        force = self.force_mag if action == 1 else -self.force_mag
        costheta = np_cos(theta)
        sintheta = np_sin(theta)
        # Gymnasium 1.x: np.square(theta_dot), np.square(costheta); np.square is v * v.
        temp = (force + self.polemass_length * np.square(theta_dot) * sintheta) / self.total_mass
        thetaacc = (self.gravity * sintheta - costheta * temp) / (
            self.length * (4.0 / 3.0 - self.masspole * np.square(costheta) / self.total_mass)
        )
        xacc = temp - self.polemass_length * thetaacc * costheta / self.total_mass
        x = x + self.tau * x_dot
        x_dot = x_dot + self.tau * xacc
        theta = theta + self.tau * theta_dot
        theta_dot = theta_dot + self.tau * thetaacc
        self.state = np.array((x, x_dot, theta, theta_dot), dtype=np.float64)
        terminated = bool(
            x < -self.x_threshold
            or x > self.x_threshold
            or theta < -self.theta_threshold_radians
            or theta > self.theta_threshold_radians
        )
        return self.obs(), 1.0, terminated


# ------------------------------------------------------------- MountainCar-v0
class MountainCar:
    min_position = -1.2
    max_position = 0.6
    max_speed = 0.07
    goal_position = 0.5
    goal_velocity = 0
    force = 0.001
    gravity = 0.0025
    max_steps = 200

    def __init__(self, state):
        self.state = np.array(state, dtype=np.float64)

    def obs(self):
        return f32(self.state)

    def step(self, action):
        position, velocity = self.state
        velocity += (action - 1) * self.force + math_cos(3 * position) * (-self.gravity)
        velocity = np.clip(velocity, -self.max_speed, self.max_speed)
        position += velocity
        position = np.clip(position, self.min_position, self.max_position)
        if position == self.min_position and velocity < 0:
            velocity = 0
        terminated = bool(position >= self.goal_position and velocity >= self.goal_velocity)
        self.state = (position, velocity)
        return self.obs(), -1.0, terminated


# ----------------------------------------------------------------- Acrobot-v1
def wrap(x, m, M):
    diff = M - m
    while x > M:
        x = x - diff
    while x < m:
        x = x + diff
    return x


def bound(x, m, M):
    return min(max(x, m), M)


def rk4(derivs, y0, t):
    yout = np.zeros((len(t), len(y0)), np.float64)
    yout[0] = y0
    for i in np.arange(len(t) - 1):
        this = t[i]
        dt = t[i + 1] - this
        dt2 = dt / 2.0
        y0 = yout[i]
        k1 = np.asarray(derivs(y0))
        k2 = np.asarray(derivs(y0 + dt2 * k1))
        k3 = np.asarray(derivs(y0 + dt2 * k2))
        k4 = np.asarray(derivs(y0 + dt * k3))
        yout[i + 1] = y0 + dt / 6.0 * (k1 + 2 * k2 + 2 * k3 + k4)
    return yout[-1][:4]


class Acrobot:
    dt = 0.2
    LINK_LENGTH_1 = 1.0
    LINK_MASS_1 = 1.0
    LINK_MASS_2 = 1.0
    LINK_COM_POS_1 = 0.5
    LINK_COM_POS_2 = 0.5
    LINK_MOI = 1.0
    MAX_VEL_1 = 4 * np.pi
    MAX_VEL_2 = 9 * np.pi
    AVAIL_TORQUE = [-1.0, 0.0, +1]
    max_steps = 500

    def __init__(self, state):
        # Gymnasium's reset leaves a float32 array; np.append below upcasts it exactly.
        self.state = np.array(state, dtype=np.float32)

    def obs(self):
        s = self.state
        return f32([np_cos(s[0]), np_sin(s[0]), np_cos(s[1]), np_sin(s[1]), s[2], s[3]])

    def step(self, a):
        s = self.state
        torque = self.AVAIL_TORQUE[a]
        s_augmented = np.append(s, torque)
        ns = rk4(self._dsdt, s_augmented, [0, self.dt])
        ns[0] = wrap(ns[0], -np.pi, np.pi)
        ns[1] = wrap(ns[1], -np.pi, np.pi)
        ns[2] = bound(ns[2], -self.MAX_VEL_1, self.MAX_VEL_1)
        ns[3] = bound(ns[3], -self.MAX_VEL_2, self.MAX_VEL_2)
        self.state = ns
        terminated = bool(-np_cos(ns[0]) - np_cos(ns[1] + ns[0]) > 1.0)
        return self.obs(), (-1.0 if not terminated else 0.0), terminated

    def _dsdt(self, s_augmented):
        m1 = self.LINK_MASS_1
        m2 = self.LINK_MASS_2
        l1 = self.LINK_LENGTH_1
        lc1 = self.LINK_COM_POS_1
        lc2 = self.LINK_COM_POS_2
        I1 = self.LINK_MOI
        I2 = self.LINK_MOI
        g = 9.8
        a = s_augmented[-1]
        s = s_augmented[:-1]
        theta1, theta2, dtheta1, dtheta2 = s[0], s[1], s[2], s[3]
        cos, sin, pi = np_cos, np_sin, np.pi
        d1 = m1 * lc1**2 + m2 * (l1**2 + lc2**2 + 2 * l1 * lc2 * cos(theta2)) + I1 + I2
        d2 = m2 * (lc2**2 + l1 * lc2 * cos(theta2)) + I2
        phi2 = m2 * lc2 * g * cos(theta1 + theta2 - pi / 2.0)
        phi1 = (
            -m2 * l1 * lc2 * sq(dtheta2) * sin(theta2)
            - 2 * m2 * l1 * lc2 * dtheta2 * dtheta1 * sin(theta2)
            + (m1 * lc1 + m2 * l1) * g * cos(theta1 - pi / 2)
            + phi2
        )
        ddtheta2 = (
            a + d2 / d1 * phi1 - m2 * l1 * lc2 * sq(dtheta1) * sin(theta2) - phi2
        ) / (m2 * lc2**2 + I2 - sq(d2) / d1)
        ddtheta1 = -(d2 * ddtheta2 + phi1) / d1
        return dtheta1, dtheta2, ddtheta1, ddtheta2, 0.0


# ---------------------------------------------------------------- Pendulum-v1
def angle_normalize(x):
    return ((x + np.pi) % (2 * np.pi)) - np.pi


class Pendulum:
    max_speed = 8
    max_torque = 2.0
    dt = 0.05
    g = 10.0
    m = 1.0
    l = 1.0
    max_steps = 200

    def __init__(self, state):
        self.state = np.array(state, dtype=np.float64)

    def obs(self):
        theta, thetadot = self.state
        return f32([np_cos(theta), np_sin(theta), thetadot])

    def step(self, u):
        th, thdot = self.state
        g, m, l, dt = self.g, self.m, self.l, self.dt
        # The action as a float64 array (a Python float list), see the spec.
        u = np.clip(np.array(u, dtype=np.float64), -self.max_torque, self.max_torque)[0]
        costs = sq(angle_normalize(th)) + 0.1 * sq(thdot) + 0.001 * (sq(u))
        newthdot = thdot + (3 * g / (2 * l) * np_sin(th) + 3.0 / (m * l**2) * u) * dt
        newthdot = np.clip(newthdot, -self.max_speed, self.max_speed)
        newth = th + newthdot * dt
        self.state = np.array([newth, newthdot])
        return self.obs(), float(-costs), False


# --------------------------------------------------------------------- output
def j(v):
    return float(v).hex()


def jarr(vs):
    return "{" + ", ".join(j(v) for v in vs) + "}"


def state_of(env):
    return [float(v) for v in env.state]


def fixed(name, env, actions):
    """Row 0: the start's observation; then per step: float64 state, float32 observation,
    reward, terminated."""
    rows = [(state_of(env), env.obs(), 0.0, False)]
    for k, a in enumerate(actions):
        obs, reward, terminated = env.step(a)
        rows.append((state_of(env), obs, reward, terminated))
        if terminated:
            break
    return rows


def episode(env, policy):
    """Runs to termination or the time limit; returns (steps, terminated, return, state, obs)."""
    obs = env.obs()
    total = 0.0
    for k in range(1, env.max_steps + 1):
        obs, reward, terminated = env.step(policy(obs))
        total += reward
        if terminated:
            break
    return k, terminated, total, state_of(env), obs


def print_fixed(name, rows):
    print(f"    // {name}: {len(rows) - 1} steps; row 0 is the start")
    print(f"    static final double[][] {name}_STATE = {{")
    for r in rows:
        print("        " + jarr(r[0]) + ",")
    print("    };")
    print(f"    static final double[][] {name}_OBS = {{")
    for r in rows:
        print("        " + jarr(r[1]) + ",")
    print("    };")
    print(f"    static final double[] {name}_REWARD = {jarr([r[2] for r in rows])};")
    print(f"    static final boolean[] {name}_TERMINATED = {{"
          + ", ".join("true" if r[3] else "false" for r in rows) + "};")


def print_episode(name, result):
    k, terminated, total, state, obs = result
    print(f"    // {name}: {k} steps, terminated={terminated}")
    print(f"    static final int {name}_STEPS = {k};")
    print(f"    static final boolean {name}_ENDS_TERMINATED = {'true' if terminated else 'false'};")
    print(f"    static final double {name}_RETURN = {j(total)};")
    print(f"    static final double[] {name}_FINAL_STATE = {jarr(state)};")
    print(f"    static final double[] {name}_FINAL_OBS = {jarr(obs)};")


CARTPOLE_START = [0.0273956, -0.00611216, 0.03585979, 0.0197368]
CARTPOLE_ACTIONS = [1, 0, 0, 1, 1, 1, 0, 1, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 0, 0]
MOUNTAINCAR_START = [-0.5234, 0.0]
MOUNTAINCAR_ACTIONS = [2, 2, 1, 0, 0, 0, 1, 2, 2, 0, 1, 1, 2, 0, 2]
MOUNTAINCAR_WALL_START = [-1.19, -0.015]
ACROBOT_START = f32([0.0512, -0.0731, 0.0937, -0.0278])
ACROBOT_ACTIONS = [2, 2, 0, 1, 0, 2, 1, 1, 0, 2, 2, 0]
ACROBOT_FAST_START = f32([3.05, -3.1, 12.0, -27.0])
PENDULUM_START = [1.0, 0.5]
PENDULUM_ACTIONS = [[0.0], [2.0], [3.0], [-2.5], [-1.25], [0.75], [1.5], [-0.3], [2.0], [-2.0]]

CASES = {
    "CARTPOLE": lambda: fixed("CARTPOLE", CartPole(CARTPOLE_START), CARTPOLE_ACTIONS),
    "CARTPOLE_RIGHT": lambda: fixed("CARTPOLE_RIGHT", CartPole(CARTPOLE_START), [1] * 500),
    "MOUNTAINCAR": lambda: fixed("MOUNTAINCAR", MountainCar(MOUNTAINCAR_START), MOUNTAINCAR_ACTIONS),
    "MOUNTAINCAR_WALL": lambda: fixed("MOUNTAINCAR_WALL", MountainCar(MOUNTAINCAR_WALL_START), [0, 0, 0]),
    "ACROBOT": lambda: fixed("ACROBOT", Acrobot(ACROBOT_START), ACROBOT_ACTIONS),
    "ACROBOT_FAST": lambda: fixed("ACROBOT_FAST", Acrobot(ACROBOT_FAST_START), [2, 0, 1]),
    "PENDULUM": lambda: fixed("PENDULUM", Pendulum(PENDULUM_START), PENDULUM_ACTIONS),
}

# Whole episodes under simple observation-feedback policies (the policies are part of the test).
EPISODES = {
    # Push the cart toward where the pole is falling.
    "CARTPOLE_EPISODE": lambda: episode(
        CartPole(CARTPOLE_START), lambda o: 1 if o[2] + 0.5 * o[3] > 0.0 else 0),
    # Push along the velocity: pumps energy, reaches the flag.
    "MOUNTAINCAR_EPISODE": lambda: episode(
        MountainCar(MOUNTAINCAR_START), lambda o: 2 if o[1] >= 0.0 else 0),
    # Never pushing: the time limit ends the episode.
    "MOUNTAINCAR_IDLE": lambda: episode(MountainCar(MOUNTAINCAR_START), lambda o: 1),
    # Torque along the second joint's angular velocity: swings up, terminates.
    "ACROBOT_EPISODE": lambda: episode(
        Acrobot(ACROBOT_START), lambda o: 2 if o[5] >= 0.0 else 0),
    # Torque along the first link's angular velocity: never high enough, truncated at 500.
    "ACROBOT_LONG": lambda: episode(
        Acrobot(ACROBOT_START), lambda o: 2 if o[4] >= 0.0 else 0),
    # Damping torque: never terminates, truncated at 200.
    "PENDULUM_EPISODE": lambda: episode(
        Pendulum(PENDULUM_START), lambda o: [-2.0 * o[2] - 1.0 * o[1]]),
}


# neat-python examples/xor/evolve-feedforward.py: fitness = 4.0, then per case
# fitness -= (output[0] - xo[0]) ** 2 (a Python float, so libm pow unless --pow is off).
XOR_EXPECTED = [0.0, 1.0, 1.0, 0.0]
XOR_OUTPUTS = [
    [0.1, 0.93, 0.8712, 0.0456],
    [0.5, 0.5, 0.5, 0.5],
    [0.31415926535, 0.7182818284, 0.999999, 1e-9],
]


def xor_fitness(outputs):
    fitness = 4.0
    for out, xo in zip(outputs, XOR_EXPECTED):
        fitness -= sq(out - xo)
    return fitness


# Reset randomness of the Java model (not Gymnasium's: see the spec, "Reset"): SplitMix64's
# first output, high half, seeds xorwow (docs/spec/prng.md); two words make one double.
M64 = (1 << 64) - 1


def mix_seed(seed):
    z = (seed + 0x9E3779B97F4A7C15) & M64
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
    z = z ^ (z >> 31)
    return z >> 32


def xorwow_words(seed32, count):
    x, y, z, w, v, d = 123456789 ^ seed32, 362436069, 521288629, 88675123, 5783321, 6615241
    out = []
    for _ in range(count):
        t = x ^ (x >> 2)
        x, y, z, w = y, z, w, v
        v = (v ^ ((v << 4) & 0xFFFFFFFF)) ^ (t ^ ((t << 1) & 0xFFFFFFFF))
        d = (d + 362437) & 0xFFFFFFFF
        out.append((v + d) & 0xFFFFFFFF)
    return out


def uniform_doubles(seed, count):
    words = xorwow_words(mix_seed(seed & M64), 2 * count)
    return [((words[2 * i] >> 5) * 67108864.0 + (words[2 * i + 1] >> 6)) * 2.0**-53
            for i in range(count)]


UNIFORM_SEEDS = [0, 1, 2, -1, (1 << 40) + 5]


def main():
    global LITERAL_POW, LIBM_TRIG
    print(f"// numpy {np.__version__}, python {sys.version.split()[0]}, "
          f"squares {'v**2 (libm pow)' if LITERAL_POW else 'v * v'}, "
          f"sin/cos {'libm' if LIBM_TRIG else 'fdlibm'}")
    for name, run in CASES.items():
        print_fixed(name, run())
    for name, run in EPISODES.items():
        print_episode(name, run())
    print("    static final long[] UNIFORM_SEEDS = {"
          + ", ".join(f"{x}L" for x in UNIFORM_SEEDS) + "};")
    print("    static final int[] UNIFORM_MIXED_SEED = {"
          + ", ".join(f"0x{mix_seed(x & M64):08X}" for x in UNIFORM_SEEDS) + "};")
    print("    static final double[][] UNIFORM_DOUBLES = {")
    for x in UNIFORM_SEEDS:
        print("        " + jarr(uniform_doubles(x, 4)) + ",")
    print("    };")
    print("    static final double[] XOR_FITNESS = "
          + jarr([xor_fitness(o) for o in XOR_OUTPUTS]) + ";")
    # Would Gymnasium's platform arithmetic (libm pow for v**2, libm sin/cos) change any bit?
    everything = {**CASES, **EPISODES}
    spec = {name: repr(run()) for name, run in everything.items()}
    spec_xor = [xor_fitness(o) for o in XOR_OUTPUTS]
    for pow_, libm, label in [(True, False, "v**2 (libm pow)"), (False, True, "libm sin/cos"),
                              (True, True, "both, i.e. Gymnasium verbatim")]:
        LITERAL_POW, LIBM_TRIG = pow_, libm
        differ = [name for name, run in everything.items() if repr(run()) != spec[name]]
        if [xor_fitness(o) for o in XOR_OUTPUTS] != spec_xor:
            differ.append("XOR_FITNESS")
        print(f"// with {label}: {'identical' if not differ else 'DIFFERS in ' + ', '.join(differ)}")
    LITERAL_POW, LIBM_TRIG = False, False

if __name__ == "__main__":
    main()
