package org.timelineviewer.view;

import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.shape.Circle;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Category;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.presentation.ViewerState;

/**
 * A drop-down of the timeline's categories, each with its colour and a check box, plus "show
 * all". The menu stays open while boxes are toggled; the button says how many are shown.
 *
 * <p>The menu's items are made when it opens (and again after the timeline or the language
 * changed): a check box per category is work the app's first frame does not need.
 */
public final class CategoryFilterButton extends MenuButton {

    private static final String ROW_TOGGLES = "category-row-toggles";

    private final ViewerState state;
    /** Whether the items show the current timeline in the current language. */
    private boolean itemsCurrent;

    public CategoryFilterButton(ViewerState state) {
        this.state = state;
        setId("categories");
        getStyleClass().add("category-filter");
        setGraphic(Icons.of(Icons.FILTER));
        state.timelineProperty().addListener((o, was, now) -> itemsChanged());
        state.hiddenCategoriesProperty().addListener((o, was, now) -> sync());
        state.messagesProperty().addListener((o, was, now) -> itemsChanged());
        addEventHandler(ON_SHOWING, e -> {
            if (!itemsCurrent) {
                rebuild();
            }
        });
        addEventHandler(ON_SHOWN, e -> wholeRowsToggle());
        sync();
    }

    private void itemsChanged() {
        if (isShowing()) {
            rebuild();
        } else {
            itemsCurrent = false;
            sync(); // the button's own text
        }
    }

    private void rebuild() {
        itemsCurrent = true;
        Timeline timeline = state.getTimeline();
        Messages m = state.getMessages();
        Set<String> hidden = state.hiddenCategoriesProperty().get();
        getItems().clear();
        if (timeline != null) {
            for (Category category : timeline.categories()) {
                CheckBox box = new CheckBox(category.label().in(m.language()));
                box.setId("category-" + category.id());
                box.setSelected(!hidden.contains(category.id()));
                Circle dot = new Circle(5);
                dot.setStyle("-fx-fill: " + category.color() + ";");
                box.setGraphic(dot);
                box.selectedProperty().addListener((o, was, now) -> state.setCategoryVisible(category.id(), now));
                CustomMenuItem item = new CustomMenuItem(box, false);
                getItems().add(item);
            }
        }
        MenuItem showAll = new MenuItem(m.get("toolbar.categories.all"));
        showAll.setId("categories-all");
        showAll.setOnAction(e -> state.showCategories(timeline == null ? Set.of()
                : Set.copyOf(timeline.categories().stream().map(Category::id).toList())));
        getItems().addAll(new SeparatorMenuItem(), showAll);
        sync();
    }

    /**
     * A click anywhere in a category's highlighted row toggles it, not only on the box and its
     * label: the row (the menu's {@code .menu-item} around the check box) passes clicks beside the
     * box on to it. Rows are made by the menu's skin when it first shows them.
     */
    private void wholeRowsToggle() {
        for (MenuItem item : getItems()) {
            if (item instanceof CustomMenuItem custom && custom.getContent() instanceof CheckBox box) {
                javafx.scene.Node row = box.getParent();
                while (row != null && !row.getStyleClass().contains("menu-item")) {
                    row = row.getParent();
                }
                if (row != null && row.getProperties().putIfAbsent(ROW_TOGGLES, Boolean.TRUE) == null) {
                    row.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, click -> {
                        if (!within(click.getTarget(), box)) {
                            box.fire();
                            click.consume();
                        }
                    });
                }
            }
        }
    }

    private static boolean within(Object target, javafx.scene.Node box) {
        for (javafx.scene.Node n = target instanceof javafx.scene.Node node ? node : null; n != null; n = n.getParent()) {
            if (n == box) {
                return true;
            }
        }
        return false;
    }

    /** Updates the check boxes and the button's text from the state, without rebuilding the menu. */
    private void sync() {
        Timeline timeline = state.getTimeline();
        Messages m = state.getMessages();
        Set<String> hidden = state.hiddenCategoriesProperty().get();
        for (MenuItem item : getItems()) {
            if (item instanceof CustomMenuItem custom && custom.getContent() instanceof CheckBox box) {
                box.setSelected(!hidden.contains(box.getId().substring("category-".length())));
            }
        }
        int all = timeline == null ? 0 : timeline.categories().size();
        int shown = all - (int) hidden.stream().filter(id -> timeline != null && timeline.category(id).isPresent()).count();
        setText(shown == all ? m.get("toolbar.categories.all")
                : shown == 0 ? m.get("toolbar.categories.none") : m.format("toolbar.categories.some", shown, all));
    }
}
