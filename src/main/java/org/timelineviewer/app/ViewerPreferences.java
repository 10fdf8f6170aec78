package org.timelineviewer.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.presentation.NotesSize;

/**
 * Remembers the window's place and size, the language, lanes and the last view between runs
 * (java.util.prefs). Anything missing, unreadable or out of range falls back to the default.
 */
public final class ViewerPreferences {

    /**
     * What is remembered. Empty optionals mean "use the default". {@code detailsWidth} is the
     * details pane's width in pixels: the pane keeps its width when the window is resized, so a
     * width (not a share of the window) is what comes back right whatever size the window opens at.
     * {@code notesSize} is the speaker notes' text size in the presenter view, in pixels.
     */
    public record Saved(Optional<Bounds> bounds, boolean maximized, Optional<Language> language,
                        Optional<TimeWindow> view, boolean lanes, OptionalDouble detailsWidth,
                        List<Path> recentFiles, Optional<Path> openFolder,
                        OptionalDouble notesSize) {

        public Saved {
            recentFiles = List.copyOf(recentFiles);
        }

        /** As before the notes' size was remembered. */
        public Saved(Optional<Bounds> bounds, boolean maximized, Optional<Language> language,
                     Optional<TimeWindow> view, boolean lanes, OptionalDouble detailsWidth,
                     List<Path> recentFiles, Optional<Path> openFolder) {
            this(bounds, maximized, language, view, lanes, detailsWidth, recentFiles, openFolder, OptionalDouble.empty());
        }

        /** As before recent files were remembered (tests, and the defaults). */
        public Saved(Optional<Bounds> bounds, boolean maximized, Optional<Language> language,
                     Optional<TimeWindow> view, boolean lanes, OptionalDouble detailsWidth) {
            this(bounds, maximized, language, view, lanes, detailsWidth, List.of(), Optional.empty());
        }
    }

    public record Bounds(double x, double y, double width, double height) {
    }

    static final double MIN_DETAILS_WIDTH = 120;
    static final double MAX_DETAILS_WIDTH = 4000;
    private static final Logger LOG = Logger.getLogger(ViewerPreferences.class.getName());
    private static final double MIN_SIZE = 320;
    private static final double MAX_SIZE = 100_000;

    private final Preferences node;

    public ViewerPreferences(Preferences node) {
        this.node = node;
    }

    /**
     * The node named by the system property {@code timelineviewer.prefs.node}, or the app's own;
     * in memory for this run when the file behind it is not safe to read ({@link PreferencesStore}).
     */
    public static ViewerPreferences forUser() {
        String path = System.getProperty("timelineviewer.prefs.node", "/org/timelineviewer/viewer");
        return new ViewerPreferences(PreferencesStore.userNode(path));
    }

    /** The preferences node (for tests that start from a clean slate). */
    java.util.prefs.Preferences node() {
        return node;
    }

    public Saved load() {
        try {
            double x = node.getDouble("window.x", Double.NaN);
            double y = node.getDouble("window.y", Double.NaN);
            double w = node.getDouble("window.width", Double.NaN);
            double h = node.getDouble("window.height", Double.NaN);
            Optional<Bounds> bounds = finite(x, y, w, h) && w >= MIN_SIZE && h >= MIN_SIZE && w < MAX_SIZE && h < MAX_SIZE
                    ? Optional.of(new Bounds(x, y, w, h)) : Optional.empty();
            Optional<Language> language = Optional.ofNullable(Language.fromCode(node.get("language", null), null));
            double start = node.getDouble("view.start", Double.NaN);
            double end = node.getDouble("view.end", Double.NaN);
            Optional<TimeWindow> view = finite(start, end) && end > start ? Optional.of(new TimeWindow(start, end))
                    : Optional.empty();
            double details = node.getDouble("details.width", Double.NaN);
            OptionalDouble detailsWidth = details >= MIN_DETAILS_WIDTH && details <= MAX_DETAILS_WIDTH
                    ? OptionalDouble.of(details) : OptionalDouble.empty();
            List<Path> recent = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String file = node.get("recent." + i, null);
                if (file != null && !file.isBlank() && file.length() < 4096) {
                    try {
                        recent.add(Path.of(file));
                    } catch (java.nio.file.InvalidPathException ignored) {
                        // not a path on this system: forgotten
                    }
                }
            }
            Optional<Path> folder = Optional.ofNullable(node.get("open.folder", null)).filter(f -> !f.isBlank() && f.length() < 4096)
                    .flatMap(ViewerPreferences::path);
            double notes = node.getDouble("notes.size", Double.NaN);
            OptionalDouble notesSize = notes >= NotesSize.MIN && notes <= NotesSize.MAX
                    ? OptionalDouble.of(NotesSize.clamp(notes)) : OptionalDouble.empty();
            return new Saved(bounds, node.getBoolean("window.maximized", false), language, view,
                    node.getBoolean("lanes", false), detailsWidth, recent, folder, notesSize);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "preferences unreadable; using defaults", e);
            return defaults();
        }
    }

    public void save(Saved saved) {
        try {
            saved.bounds().ifPresent(b -> {
                node.putDouble("window.x", b.x());
                node.putDouble("window.y", b.y());
                node.putDouble("window.width", b.width());
                node.putDouble("window.height", b.height());
            });
            node.putBoolean("window.maximized", saved.maximized());
            saved.language().ifPresent(l -> node.put("language", l.code()));
            saved.view().ifPresent(v -> {
                node.putDouble("view.start", v.start());
                node.putDouble("view.end", v.end());
            });
            node.putBoolean("lanes", saved.lanes());
            saved.detailsWidth().ifPresent(w -> node.putDouble("details.width", w));
            for (int i = 0; i < 10; i++) {
                if (i < saved.recentFiles().size()) {
                    node.put("recent." + i, saved.recentFiles().get(i).toString());
                } else {
                    node.remove("recent." + i);
                }
            }
            saved.openFolder().ifPresent(f -> node.put("open.folder", f.toString()));
            saved.notesSize().ifPresent(px -> node.putDouble("notes.size", px));
            node.remove("divider"); // a share of the window, as earlier versions kept it
            node.flush();
        } catch (BackingStoreException | RuntimeException e) {
            LOG.log(Level.WARNING, "preferences could not be saved", e);
        }
    }

    /**
     * The main window's text size (Ctrl + / − / 0) as a factor, 1 when none was remembered or
     * it is unreadable; kept apart from {@link Saved}, and clamped by the window's zoom.
     */
    public double uiZoom() {
        try {
            double zoom = node.getDouble("ui.zoom", 1);
            return Double.isFinite(zoom) && zoom > 0 ? zoom : 1;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "preferences unreadable; text size at 100 %", e);
            return 1;
        }
    }

    /** Remembers the main window's text size ({@link #uiZoom()}). */
    public void saveUiZoom(double zoom) {
        try {
            node.putDouble("ui.zoom", zoom);
            node.flush();
        } catch (BackingStoreException | RuntimeException e) {
            LOG.log(Level.WARNING, "preferences could not be saved", e);
        }
    }

    public static Saved defaults() {
        return new Saved(Optional.empty(), false, Optional.empty(), Optional.empty(), false, OptionalDouble.empty());
    }

    private static Optional<Path> path(String text) {
        try {
            return Optional.of(Path.of(text));
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static boolean finite(double... values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
