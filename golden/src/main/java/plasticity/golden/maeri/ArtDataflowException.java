package plasticity.golden.maeri;

/**
 * A configuration that does not reduce its VN list correctly, found by {@link ArtModel}: a port
 * that would carry two values, a value that is lost or arrives where nothing takes it, an input
 * that waits for a value that never comes, or a VN that is collected unfinished or not at all.
 */
public final class ArtDataflowException extends RuntimeException {

    private final int level;
    private final int index;

    ArtDataflowException(ArtConfig config, int level, int index, String why) {
        super((level < 0 ? "" : "adder switch (level " + level + ", index " + index + "): ") + why
                + " [N = " + config.layout().n() + ", VN sizes " + config.layout().vnSizes() + "]");
        this.level = level;
        this.index = index;
    }

    /** Level of the offending switch, or -1 when the fault is not at one switch. */
    public int level() {
        return level;
    }

    /** Index of the offending switch within its level, or -1. */
    public int index() {
        return index;
    }
}
