package plasticity.golden.neat.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import plasticity.golden.neat.config.NeatConfig;

/** The tasks by name, and their built-in NEAT configs (resources {@code configs/<name>.ini}). */
public final class Tasks {

    private static final List<Task> ALL = List.of(new XorFitnessTask(), new CartPoleTask(),
            new MountainCarTask(), new AcrobotTask(), new PendulumTask());

    private Tasks() {
    }

    public static List<Task> all() {
        return ALL;
    }

    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Task t : ALL) {
            names.add(t.name());
        }
        return names;
    }

    /**
     * The task called {@code name}.
     *
     * @throws IllegalArgumentException naming the known tasks
     */
    public static Task byName(String name) {
        for (Task t : ALL) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown env '" + name + "'; known envs: "
                + String.join(", ", names()));
    }

    /** The name under which the built-in config appears in messages and run files. */
    public static String defaultConfigName(Task task) {
        return task.name() + ".ini (built-in)";
    }

    /** The text of the task's built-in config. */
    public static String defaultConfigText(Task task) {
        String resource = "/plasticity/golden/neat/configs/" + task.name() + ".ini";
        try (InputStream in = Tasks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The task's built-in config, checked against its inputs and outputs. */
    public static NeatConfig defaultConfig(Task task) {
        return config(task, defaultConfigName(task), defaultConfigText(task));
    }

    /**
     * A config for {@code task}: errors, also a {@code num_inputs} or {@code num_outputs} that
     * does not fit the task, are {@link plasticity.golden.neat.config.NeatConfigException}s with
     * file and line.
     */
    public static NeatConfig config(Task task, String fileName, String text) {
        return NeatConfig.parseFeedForward(fileName, text, task.numInputs(), task.numOutputs(),
                task.name() + " (" + task.title() + ")");
    }
}
