package org.timelineviewer.presentation;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The files opened last, newest first, at most {@value #MAX}: what Open Recent lists. The app
 * remembers them between runs; a file that has gone since is still listed (shown greyed) until
 * the user removes it or the list is cleared.
 */
public final class RecentFiles {

    public static final int MAX = 10;

    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> view = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(List<Path> remembered) {
        for (Path p : remembered) {
            Path file = p.toAbsolutePath().normalize();
            if (files.size() < MAX && !files.contains(file)) {
                files.add(file);
            }
        }
    }

    /** The files, newest first (read-only; changes as files are opened). */
    public ObservableList<Path> files() {
        return view;
    }

    /** {@code file} was opened: first in the list (once). */
    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        files.remove(p);
        files.add(0, p);
        if (files.size() > MAX) {
            files.remove(MAX, files.size());
        }
    }

    public void remove(Path file) {
        files.remove(file.toAbsolutePath().normalize());
    }

    public void clear() {
        files.clear();
    }
}
