package plasticity.golden.env;

/** Argument checks shared by the environments, with messages that say how to fix the call. */
final class Actions {

    private Actions() {
    }

    static void checkDiscrete(String id, int action, int n) {
        if (action < 0 || action >= n) {
            throw new IllegalArgumentException(id + " takes a discrete action in 0.." + (n - 1)
                    + ", got " + action);
        }
    }
}
