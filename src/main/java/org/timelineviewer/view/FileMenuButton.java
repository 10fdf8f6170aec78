package org.timelineviewer.view;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.presentation.RecentFiles;
import org.timelineviewer.presentation.ViewerState;

/**
 * The toolbar's File menu: Open… (Ctrl+O), Open Recent (the last ten files; one that has gone is
 * shown greyed, and choosing it takes it off the list), Open the bundled timeline, Reload
 * (Ctrl+R) and Save as timeline… (Ctrl+Shift+S). Its items are labelled anew when the language
 * changes; Open Recent is filled when the menu opens.
 */
public final class FileMenuButton extends MenuButton {

    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination RELOAD = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SAVE_AS = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final ViewerState state;
    private final RecentFiles recent;
    private final ViewCommands commands;
    private final MenuItem open = new MenuItem();
    private final Menu openRecent = new Menu();
    private final MenuItem bundled = new MenuItem();
    private final MenuItem reload = new MenuItem();
    private final MenuItem saveAs = new MenuItem();

    public FileMenuButton(ViewerState state, RecentFiles recent, ViewCommands commands) {
        this.state = state;
        this.recent = recent;
        this.commands = commands;
        setId("file-menu");
        getStyleClass().add("file-menu");
        setGraphic(Icons.of(Icons.FOLDER));
        open.setId("file-open");
        openRecent.setId("file-recent");
        bundled.setId("file-bundled");
        reload.setId("file-reload");
        saveAs.setId("file-save-as");
        open.setAccelerator(OPEN);
        reload.setAccelerator(RELOAD);
        saveAs.setAccelerator(SAVE_AS);
        open.setOnAction(e -> commands.chooseFile());
        bundled.setOnAction(e -> commands.openBundled());
        reload.setOnAction(e -> commands.reload());
        saveAs.setOnAction(e -> commands.saveAs());
        getItems().addAll(open, openRecent, new SeparatorMenuItem(), reload, saveAs, new SeparatorMenuItem(), bundled);
        addEventHandler(ON_SHOWING, e -> fillRecent());
        recent.files().addListener((ListChangeListener<Path>) c -> openRecent.setDisable(recent.files().isEmpty()));
        openRecent.setDisable(recent.files().isEmpty());
        // Reloading and going back to the bundled timeline only mean something when a file is open.
        state.fileProperty().addListener((o, was, now) -> fileOpen(now != null));
        fileOpen(state.getFile() != null);
        state.messagesProperty().addListener((o, was, now) -> label(now));
        label(state.getMessages());
    }

    private void fileOpen(boolean open) {
        reload.setDisable(!open);
        bundled.setDisable(!open);
    }

    private void label(Messages m) {
        setText(m.get("file.menu"));
        open.setText(m.get("file.open"));
        openRecent.setText(m.get("file.recent"));
        bundled.setText(m.get("file.bundled"));
        reload.setText(m.get("file.reload"));
        saveAs.setText(m.get("file.saveAs"));
    }

    /** The recent files, newest first; a file no longer there greyed, taken off the list when chosen. */
    private void fillRecent() {
        Messages m = state.getMessages();
        openRecent.getItems().clear();
        int n = 0;
        for (Path file : recent.files()) {
            boolean gone = !Files.exists(file);
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            MenuItem item = new MenuItem(gone ? m.format("file.recent.gone", name) : name);
            item.setId("file-recent-" + n++);
            item.getStyleClass().add(gone ? "recent-gone" : "recent-file");
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                if (gone) {
                    recent.remove(file);
                    state.showNotice(m.format("file.recent.removed", name));
                } else {
                    commands.openFile(file);
                }
            });
            openRecent.getItems().add(item);
        }
        MenuItem clear = new MenuItem(m.get("file.recent.clear"));
        clear.setId("file-recent-clear");
        clear.setOnAction(e -> recent.clear());
        openRecent.getItems().addAll(new SeparatorMenuItem(), clear);
    }
}
