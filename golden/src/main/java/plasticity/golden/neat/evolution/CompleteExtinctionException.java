package plasticity.golden.neat.evolution;

/** Every species stagnated and reset_on_extinction is false (neat-python's exception of that name). */
public final class CompleteExtinctionException extends RuntimeException {

    public CompleteExtinctionException(int generation) {
        super("all species went extinct in generation " + generation
                + "; set reset_on_extinction = True in [NEAT] to start over instead");
    }
}
