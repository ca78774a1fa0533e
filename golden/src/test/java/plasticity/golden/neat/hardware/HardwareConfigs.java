package plasticity.golden.neat.hardware;

import plasticity.golden.neat.config.GenomeConfig;
import plasticity.golden.neat.config.NeatConfig;
import plasticity.golden.neat.tasks.Tasks;

/** Built-in task configs with keys overridden, for the hardware operator tests. */
final class HardwareConfigs {

    private HardwareConfigs() {}

    static GenomeConfig genome(String task, String... keyValues) {
        String text = Tasks.defaultConfigText(Tasks.byName(task));
        for (int i = 0; i < keyValues.length; i += 2) {
            String replaced = text.replaceFirst("(?m)^" + keyValues[i] + "\\s*=.*$", keyValues[i] + " = " + keyValues[i + 1]);
            if (replaced.equals(text)) {
                throw new IllegalArgumentException("no key " + keyValues[i] + " in " + task + ".ini");
            }
            text = replaced;
        }
        return NeatConfig.parse(task + " variant", text).genome();
    }
}
