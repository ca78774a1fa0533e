package plasticity.golden.neat.config;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The subset of Python's {@code configparser} syntax that neat-python config files use:
 * {@code [section]} headers, {@code key = value} or {@code key: value} lines (keys are
 * case-insensitive and stored lower-case, as configparser does), whole-line comments starting
 * with {@code #} or {@code ;}, blank lines. Every entry remembers its line, so that later
 * validation can name it. Duplicate sections or keys, keys outside a section, and indented
 * continuation lines are errors (configparser's strict mode also rejects duplicates).
 */
final class IniFile {

    record Entry(String key, String value, int line) {
    }

    /** One section; {@link #take} marks keys as used so that leftovers are unknown keys. */
    static final class Section {
        final String name;
        final int line;
        final Map<String, Entry> entries = new LinkedHashMap<>();
        final Set<String> used = new LinkedHashSet<>();

        Section(String name, int line) {
            this.name = name;
            this.line = line;
        }

        Entry take(String key) {
            used.add(key);
            return entries.get(key);
        }
    }

    final String file;
    final int lineCount;
    final Map<String, Section> sections = new LinkedHashMap<>();

    private IniFile(String file, int lineCount) {
        this.file = file;
        this.lineCount = lineCount;
    }

    static IniFile parse(String file, String text) {
        List<String> lines = text.lines().toList();
        IniFile ini = new IniFile(file, Math.max(1, lines.size()));
        Section current = null;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String raw = lines.get(i);
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (Character.isWhitespace(raw.charAt(0))) {
                throw new NeatConfigException(file, lineNo, "indented line '" + line
                        + "': continuation lines are not supported; put the whole value on one"
                        + " line, starting at column 1");
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]") || line.length() < 3) {
                    throw new NeatConfigException(file, lineNo, "malformed section header '" + line
                            + "': expected [SectionName]");
                }
                String name = line.substring(1, line.length() - 1).strip();
                if (ini.sections.containsKey(name)) {
                    throw new NeatConfigException(file, lineNo, "section [" + name
                            + "] appears twice (first at line " + ini.sections.get(name).line
                            + "): merge the two");
                }
                current = new Section(name, lineNo);
                ini.sections.put(name, current);
                continue;
            }
            int eq = line.indexOf('=');
            int colon = line.indexOf(':');
            int sep = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
            if (sep <= 0) {
                throw new NeatConfigException(file, lineNo, "malformed line '" + line
                        + "': expected 'key = value'");
            }
            if (current == null) {
                throw new NeatConfigException(file, lineNo, "key outside any section: '" + line
                        + "': put it under a [Section] header");
            }
            String key = line.substring(0, sep).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(sep + 1).strip();
            Entry previous = current.entries.get(key);
            if (previous != null) {
                throw new NeatConfigException(file, lineNo, "key '" + key + "' appears twice in ["
                        + current.name + "] (first at line " + previous.line() + "): keep one");
            }
            current.entries.put(key, new Entry(key, value, lineNo));
        }
        return ini;
    }
}
