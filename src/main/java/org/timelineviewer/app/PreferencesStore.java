package org.timelineviewer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.Preferences;

/**
 * Finds the user's preferences node without trusting the file behind it. On Linux
 * java.util.prefs keeps a node in {@code ~/.java/.userPrefs/<path>/prefs.xml} and opens it with
 * a plain blocking read: a FIFO there would hang the start for ever (a black window), a device
 * would be read without end. So before the first read the file is looked at; when it is not a
 * regular file, or is larger than any preferences file could be, the run keeps its preferences
 * in memory (the defaults, nothing saved) and says so in the log.
 */
final class PreferencesStore {

    /** A real preferences file holds a dozen short entries: a few KB. */
    static final long MAX_BYTES = 1_000_000;
    private static final Logger LOG = Logger.getLogger(PreferencesStore.class.getName());

    private PreferencesStore() {
    }

    /** The user's node at {@code path} ("/a/b"), or an in-memory one when its file is not safe to read. */
    static Preferences userNode(String path) {
        Optional<String> problem = fileOf(path).flatMap(PreferencesStore::problem);
        if (problem.isPresent()) {
            LOG.warning("preferences not read or saved this run: " + problem.get());
            return new InMemory(null, "").node(path);
        }
        return Preferences.userRoot().node(path);
    }

    /** Where java.util.prefs keeps the node on this system, when it keeps it in a file. */
    static Optional<Path> fileOf(String path) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return Optional.empty(); // the registry, and property lists read by the system
        }
        Path file = Path.of(System.getProperty("java.util.prefs.userRoot", System.getProperty("user.home")),
                ".java", ".userPrefs");
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (!segment.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
                return Optional.empty(); // stored under an encoded name: not ours to guess
            }
            file = file.resolve(segment);
        }
        return Optional.of(file.resolve("prefs.xml"));
    }

    /** Why {@code file} must not be read, if it must not. */
    static Optional<String> problem(Path file) {
        if (!Files.exists(file) && !Files.isSymbolicLink(file)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            return Optional.of(file + " is not a regular file");
        }
        try {
            long size = Files.size(file);
            return size > MAX_BYTES ? Optional.of(file + " has " + size + " bytes, more than preferences could")
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.of(file + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Preferences that live as long as the run. */
    private static final class InMemory extends AbstractPreferences {

        private final Map<String, String> values = new TreeMap<>();
        private final Map<String, InMemory> children = new TreeMap<>();

        InMemory(InMemory parent, String name) {
            super(parent, name);
        }

        @Override
        protected void putSpi(String key, String value) {
            values.put(key, value);
        }

        @Override
        protected String getSpi(String key) {
            return values.get(key);
        }

        @Override
        protected void removeSpi(String key) {
            values.remove(key);
        }

        @Override
        protected void removeNodeSpi() {
            values.clear();
        }

        @Override
        protected String[] keysSpi() {
            return values.keySet().toArray(new String[0]);
        }

        @Override
        protected String[] childrenNamesSpi() {
            return children.keySet().toArray(new String[0]);
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            return children.computeIfAbsent(name, n -> new InMemory(this, n));
        }

        @Override
        protected void syncSpi() {
        }

        @Override
        protected void flushSpi() {
        }
    }
}
