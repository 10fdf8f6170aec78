package org.timelineviewer.view;

import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Language;
import org.timelineviewer.presentation.ViewerState;

/**
 * The window's toolbar: zoom in, zoom out, fit all, lanes, search, the category filter and the
 * language switch. Reads {@link ViewerState}; sends commands to it, to its viewport and to {@link ViewCommands}.
 */
public final class MainToolbar extends ToolBar {

    /** The search field's width, and the least it shrinks to on narrow windows. */
    private static final double SEARCH_WIDTH = 260;
    private static final double SEARCH_MIN_WIDTH = 110;
    /** Below this toolbar width the search field shrinks. */
    private static final double NARROW_WIDTH = 1480;

    private final ViewerState state;
    private final Button zoomIn = iconButton(Icons.ZOOM_IN, "zoom-in");
    private final Button zoomOut = iconButton(Icons.ZOOM_OUT, "zoom-out");
    private final Button fit = iconButton(Icons.FIT, "fit-all");
    private final Button present = new Button(null, Icons.of(Icons.PLAY));
    private final PresentChoiceButton presentChoice;
    private final javafx.scene.control.MenuButton export = new javafx.scene.control.MenuButton();
    private final javafx.scene.control.MenuItem exportWindow = new javafx.scene.control.MenuItem();
    private final javafx.scene.control.MenuItem exportHd = new javafx.scene.control.MenuItem();
    private final javafx.scene.control.MenuItem exportUhd = new javafx.scene.control.MenuItem();
    private final javafx.scene.control.MenuItem exportPdf = new javafx.scene.control.MenuItem();
    private final javafx.scene.control.MenuItem exportNotes = new javafx.scene.control.MenuItem();
    private final javafx.scene.control.MenuItem exportPptx = new javafx.scene.control.MenuItem();
    private final ToggleButton lanes = new ToggleButton(null, Icons.of(Icons.LANES));
    private final CustomTextField search = (CustomTextField) TextFields.createClearableTextField();
    private final CategoryFilterButton categories;
    private final ToggleButton chinese = new ToggleButton();
    private final ToggleButton english = new ToggleButton();
    private final SegmentedButton languages = new SegmentedButton(chinese, english);
    private final LazyTooltips tooltips;
    private final ToolbarFit labelsFit;

    public MainToolbar(ViewerState state, FileMenuButton file, ViewCommands commands) {
        this.state = state;
        this.categories = new CategoryFilterButton(state);
        this.presentChoice = new PresentChoiceButton(state, commands);
        this.tooltips = new LazyTooltips(state.getMessages()::get);
        tooltips.install(zoomIn, "toolbar.zoomIn");
        tooltips.install(zoomOut, "toolbar.zoomOut");
        tooltips.install(fit, "toolbar.fit");
        tooltips.install(present, "toolbar.present");
        tooltips.install(presentChoice, "toolbar.present.choice");
        tooltips.install(lanes, "toolbar.lanes.tooltip");
        tooltips.install(search, "toolbar.search.tooltip");
        tooltips.install(categories, "toolbar.categories");
        tooltips.install(languages, "toolbar.language.tooltip");
        tooltips.install(file, "file.menu"); // for when only its icon shows (ToolbarFit)
        tooltips.install(export, "toolbar.export");
        getStyleClass().add("main-toolbar");
        zoomIn.setOnAction(e -> state.viewport().zoomIn());
        zoomOut.setOnAction(e -> state.viewport().zoomOut());
        fit.setOnAction(e -> state.viewport().fitAll());
        present.setId("present");
        present.getStyleClass().add("present-button");
        present.setOnAction(e -> commands.present());
        export.setId("export");
        export.setGraphic(Icons.of(Icons.EXPORT));
        exportWindow.setId("export-png-window");
        exportHd.setId("export-png-hd");
        exportUhd.setId("export-png-uhd");
        exportPdf.setId("export-pdf");
        exportNotes.setId("export-pdf-notes");
        exportNotes.setOnAction(e -> commands.exportPresentersCopy());
        exportPptx.setId("export-pptx");
        exportWindow.setOnAction(e -> commands.exportPicture(0, 0));
        exportHd.setOnAction(e -> commands.exportPicture(1920, 1080));
        exportUhd.setOnAction(e -> commands.exportPicture(3840, 2160));
        exportPdf.setOnAction(e -> commands.exportHandout());
        exportPptx.setOnAction(e -> commands.exportDeck());
        export.getItems().addAll(exportWindow, exportHd, exportUhd, new javafx.scene.control.SeparatorMenuItem(), exportPdf,
                exportNotes, exportPptx);
        lanes.setId("lanes");
        lanes.setSelected(state.lanesVisibleProperty().get());
        lanes.selectedProperty().addListener((o, was, now) -> state.setLanesVisible(now));
        state.lanesVisibleProperty().addListener((o, was, now) -> lanes.setSelected(now));

        search.setId("search");
        search.setLeft(Icons.of(Icons.SEARCH));
        search.getStyleClass().add("search-field");
        search.setPrefColumnCount(18);
        // On a narrow window (a 1280 x 720 projector) the search field gives up width first, so
        // that the language switch stays in the toolbar rather than in its overflow menu.
        search.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(SEARCH_MIN_WIDTH, Math.min(SEARCH_WIDTH, getWidth() - NARROW_WIDTH + SEARCH_WIDTH)),
                widthProperty()));
        search.textProperty().addListener((o, was, now) -> state.search(now));
        state.searchTextProperty().addListener((o, was, now) -> {
            if (!now.equals(search.getText())) {
                search.setText(now);
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                state.selectBestMatch();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });

        chinese.setId("lang-zh");
        english.setId("lang-en");
        chinese.setUserData(Language.ZH);
        english.setUserData(Language.EN);
        languages.getStyleClass().add("language-switch");
        languages.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                languages.getToggleGroup().selectToggle(was); // one language is always chosen
            } else {
                state.setLanguage((Language) now.getUserData());
            }
        });

        // Buttons do not take the keyboard focus from the timeline, so its keys keep working after a click.
        for (javafx.scene.control.Control c : java.util.List.of(file, zoomIn, zoomOut, fit, lanes, present, presentChoice, export, chinese, english, categories)) {
            c.setFocusTraversable(false);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getItems().addAll(file, separator(), zoomIn, zoomOut, fit, separator(), lanes, separator(), search, categories,
                spacer, export, presentPair(), separator(), Icons.of(Icons.GLOBE), languages);

        state.messagesProperty().addListener((o, was, now) -> applyLanguage(now));
        applyLanguage(state.getMessages());
        labelsFit = new ToolbarFit(this, java.util.List.of(file, lanes, categories, export));
    }

    @Override
    protected void layoutChildren() {
        labelsFit.fit(); // labels give way before items go into the overflow menu
        super.layoutChildren();
    }

    /** The search field, so the window can focus it on Ctrl+F. */
    public TextField searchField() {
        return search;
    }

    private static Button iconButton(String path, String id) {
        Button button = new Button(null, Icons.of(path));
        button.setId(id);
        button.getStyleClass().add("icon-button");
        return button;
    }

    /** The Present button with the menu of what else to present right beside it, as one piece. */
    private HBox presentPair() {
        HBox pair = new HBox(present, presentChoice);
        pair.getStyleClass().add("present-pair");
        pair.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        pair.setFillHeight(false);
        // The arrow is exactly as tall as the button it belongs to.
        presentChoice.setMinHeight(Region.USE_PREF_SIZE);
        presentChoice.setMaxHeight(Region.USE_PREF_SIZE);
        presentChoice.prefHeightProperty().bind(present.heightProperty());
        return pair;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    private void applyLanguage(Messages m) {
        Language language = m.language();
        tooltips.relabel(m::get);
        zoomIn.setAccessibleText(m.get("toolbar.zoomIn"));
        zoomOut.setAccessibleText(m.get("toolbar.zoomOut"));
        fit.setAccessibleText(m.get("toolbar.fit"));
        lanes.setText(m.get("toolbar.lanes"));
        present.setText(m.get("toolbar.present"));
        presentChoice.setAccessibleText(m.get("toolbar.present.choice"));
        export.setText(m.get("toolbar.export"));
        exportWindow.setText(m.get("export.png.window"));
        exportHd.setText(m.get("export.png.hd"));
        exportUhd.setText(m.get("export.png.uhd"));
        exportPdf.setText(m.get("export.pdf"));
        exportNotes.setText(m.get("export.pdf.notes"));
        exportPptx.setText(m.get("export.pptx"));
        search.setPromptText(m.get("toolbar.search.prompt"));
        chinese.setText(m.get("language.zh"));
        english.setText(m.get("language.en"));
        // Select the button itself: SegmentedButton puts its buttons into its group only once skinned.
        (language == Language.ZH ? chinese : english).setSelected(true);
    }
}
