package plasticity.golden.neat.config;

/**
 * A NEAT configuration file that cannot be used: unknown or missing key, malformed or
 * out-of-range value, bad syntax. The message starts with {@code file:line:}.
 */
public final class NeatConfigException extends RuntimeException {

    private final String file;
    private final int line;

    public NeatConfigException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
        this.file = file;
        this.line = line;
    }

    /** The file name as given to the reader. */
    public String file() {
        return file;
    }

    /** 1-based line number; for a missing section, the last line of the file. */
    public int line() {
        return line;
    }
}
