package plasticity.golden.eve;

import java.util.Objects;
import plasticity.golden.neat.hardware.ChildSettings;

/**
 * One child of the breeding schedule (docs/spec/eve.md, "Breeding schedule"): its parents as
 * directory ids of the parent region, the fitter first, and the settings its PE is written.
 */
public record ScheduleEntry(int parent1, int parent2, ChildSettings child) {

    public ScheduleEntry {
        Objects.requireNonNull(child, "child");
    }
}
