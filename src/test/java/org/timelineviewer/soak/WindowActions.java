package org.timelineviewer.soak;

import java.util.List;
import java.util.Random;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.timelineviewer.testing.FxWait;

/**
 * The main window's actions: the timeline's keys, the wheel, clicks on events and on empty space,
 * pans, hovering, the search (Ctrl+F, typing, clearing), the language (Ctrl+L and the switch),
 * lanes, the zoom buttons, the category filter, the export and File menus (opened and closed:
 * nothing is chosen that would open a file chooser), related events in the details, the window's
 * size, and F5 (or the toolbar button) to present.
 */
final class WindowActions {

    private static final List<KeyCode> TIMELINE_KEYS = List.of(KeyCode.LEFT, KeyCode.RIGHT, KeyCode.HOME,
            KeyCode.END, KeyCode.EQUALS, KeyCode.MINUS, KeyCode.DIGIT0, KeyCode.ESCAPE, KeyCode.ENTER);
    /** Letters found in the fixture's titles, so that a search matches something now and then. */
    private static final List<KeyCode> LETTERS = List.of(KeyCode.A, KeyCode.E, KeyCode.L, KeyCode.N, KeyCode.R,
            KeyCode.T, KeyCode.O, KeyCode.I, KeyCode.S, KeyCode.P);
    private static final double[][] WINDOW_SIZES = {{1280, 800}, {1440, 900}, {1600, 1000}, {1000, 700}};

    private final UserActions.App app;

    WindowActions(UserActions.App app) {
        this.app = app;
    }

    List<UserActions.Action> actions() {
        return List.of(
                new UserActions.Action("key", 220, r -> Hand.press(r, TIMELINE_KEYS.toArray(KeyCode[]::new))),
                new UserActions.Action("shift-pan", 30, this::shiftPan),
                new UserActions.Action("wheel", 90, r -> Hand.wheel(r, timelineArea())),
                new UserActions.Action("click-event", 90, this::clickEvent),
                new UserActions.Action("hover-event", 50, this::hoverEvent),
                new UserActions.Action("click-timeline", 50, this::clickTimeline),
                new UserActions.Action("drag", 70, r -> Hand.drag(r, timelineArea())),
                new UserActions.Action("search", 50, this::search),
                new UserActions.Action("clear-search", 30, this::clearSearch),
                new UserActions.Action("ctrl-l", 40, r -> chord(KeyCode.CONTROL, KeyCode.L)),
                new UserActions.Action("language-switch", 15, r -> clickTool(r.nextBoolean() ? "#lang-zh" : "#lang-en")),
                new UserActions.Action("lanes", 25, r -> clickTool("#lanes")),
                new UserActions.Action("zoom-button", 25, r -> clickTool(Hand.oneOf(r, List.of("#zoom-in", "#zoom-out", "#fit-all")))),
                new UserActions.Action("category-filter", 35, this::categories),
                new UserActions.Action("export-menu", 30, this::exportMenu),
                new UserActions.Action("file-menu", 30, this::fileMenu),
                new UserActions.Action("related-event", 30, this::relatedEvent),
                new UserActions.Action("details-wheel", 15, r -> Hand.wheel(r, OnScreen.bounds(node("#details")))),
                new UserActions.Action("present", 50, this::present),
                new UserActions.Action("resize", 10, this::resize));
        // No picture export: the software renderer keeps the snapshot's texture (8 MB at 1920 x
        // 1080, on the Java heap) pooled for later, which a reading of the heap cannot tell from a
        // leak. ExportFxTest exports.
    }

    private Scene scene() {
        return app.stage().getScene();
    }

    private Node node(String selector) {
        Node n = FxWait.call(() -> scene().lookup(selector));
        if (n == null) {
            throw new AssertionError("no " + selector + " in the main window");
        }
        return n;
    }

    /**
     * The toolbar's control {@code selector}, or none when the window is too narrow for the whole
     * toolbar and the control sits in its overflow menu (out of the scene until that is opened).
     */
    private java.util.Optional<Node> tool(String selector) {
        return FxWait.call(() -> java.util.Optional.ofNullable(scene().lookup(selector)).filter(OnScreen::shown));
    }

    /** Clicks the toolbar's control {@code selector}, unless it is in the toolbar's overflow. */
    private String clickTool(String selector) {
        return tool(selector).map(Hand::click).orElse(selector + " in the toolbar's overflow: not clicked");
    }

    /**
     * Clicks {@code menu} open. A click that only closes a popup left open (a context menu, which
     * takes the click that hides it) is followed by Esc until no popup is left, and another click.
     */
    private static void open(MenuButton menu, String what) {
        Hand.click(menu);
        if (!FxWait.call(menu::isShowing)) {
            Hand.escapeUntil("no popup open before " + what, () -> javafx.stage.Window.getWindows().stream()
                    .noneMatch(w -> w instanceof javafx.stage.PopupWindow && w.isShowing()
                            && !(w instanceof javafx.scene.control.Tooltip)));
            Hand.click(menu);
        }
        FxWait.until(what + " open (popups: " + popups() + ")", menu::isShowing);
    }

    /** The shown popup windows, for a failure's message. */
    private static String popups() {
        return FxWait.call(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing())
                .map(w -> w.getClass().getSimpleName()).collect(java.util.stream.Collectors.joining(", ")));
    }

    private Bounds timelineArea() {
        return OnScreen.bounds(node("#timeline"));
    }

    private static String chord(KeyCode... keys) {
        FxWait.chord(keys);
        return List.of(keys).toString();
    }

    private String shiftPan(Random r) {
        return chord(KeyCode.SHIFT, r.nextBoolean() ? KeyCode.LEFT : KeyCode.RIGHT);
    }

    /** The event markers shown in the main window's timeline, cut to it. */
    private List<Bounds> markers() {
        return OnScreen.rectangles(".event-marker", n -> n.getScene() == scene(), timelineArea());
    }

    private String clickEvent(Random r) {
        List<Bounds> markers = markers();
        if (markers.isEmpty()) {
            return "no event in view: " + clickTimeline(r);
        }
        return Hand.click(OnScreen.centre(Hand.oneOf(r, markers)), MouseButton.PRIMARY);
    }

    private String hoverEvent(Random r) {
        List<Bounds> markers = markers();
        if (markers.isEmpty()) {
            return "no event in view";
        }
        Point2D at = OnScreen.centre(Hand.oneOf(r, markers));
        FxWait.moveMouse(at);
        return "over " + Hand.point(at);
    }

    private String clickTimeline(Random r) {
        return Hand.click(OnScreen.pointIn(timelineArea(), r, 10), r.nextInt(5) == 0 ? MouseButton.SECONDARY : MouseButton.PRIMARY);
    }

    private String search(Random r) {
        FxWait.chord(KeyCode.CONTROL, KeyCode.F);
        int letters = 1 + r.nextInt(3);
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < letters; i++) {
            KeyCode letter = Hand.oneOf(r, LETTERS);
            FxWait.keys(letter);
            typed.append(letter.getChar().toLowerCase(java.util.Locale.ROOT));
        }
        boolean enter = r.nextInt(3) == 0;
        if (enter) {
            FxWait.keys(KeyCode.ENTER); // goes to the best match
        }
        return "typed '" + typed + "'" + (enter ? " and Enter" : "");
    }

    private String clearSearch(Random r) {
        int way = r.nextInt(3);
        if (way == 1) {
            var button = OnScreen.find("#search .clear-button");
            if (button.isPresent()) {
                return "clear button: " + Hand.click(button.get());
            }
        }
        FxWait.chord(KeyCode.CONTROL, KeyCode.F);
        if (way == 2) {
            FxWait.keys(KeyCode.BACK_SPACE, KeyCode.BACK_SPACE, KeyCode.BACK_SPACE, KeyCode.BACK_SPACE);
            return "Ctrl+F, Backspace x 4";
        }
        FxWait.keys(KeyCode.ESCAPE);
        return "Ctrl+F, Esc";
    }

    private String categories(Random r) {
        var found = tool("#categories");
        if (found.isEmpty()) {
            return "#categories in the toolbar's overflow";
        }
        MenuButton menu = (MenuButton) found.get();
        open(menu, "the category menu");
        StringBuilder done = new StringBuilder("toggled");
        int toggles = r.nextInt(4);
        for (int i = 0; i < toggles; i++) {
            List<Bounds> boxes = OnScreen.rectangles(".check-box",
                    n -> n.getId() != null && n.getId().startsWith("category-"), null);
            if (!boxes.isEmpty()) {
                Bounds box = Hand.oneOf(r, boxes);
                Hand.click(OnScreen.centre(box), MouseButton.PRIMARY);
                done.append(' ').append(Hand.point(OnScreen.centre(box)));
            }
        }
        if (r.nextInt(4) == 0) {
            var all = OnScreen.find("#categories-all");
            if (all.isPresent()) {
                Hand.click(all.get());
                done.append(", all categories");
            }
        }
        Hand.escapeUntil("the category menu closed", () -> !menu.isShowing());
        return done.toString();
    }

    private String exportMenu(Random r) {
        var found = tool("#export");
        if (found.isEmpty()) {
            return "#export in the toolbar's overflow";
        }
        MenuButton menu = (MenuButton) found.get();
        open(menu, "the export menu");
        String hovered = "";
        List<Bounds> items = OnScreen.rectangles(".menu-item", n -> n.getId() != null && n.getId().startsWith("export-"), null);
        if (!items.isEmpty() && r.nextBoolean()) {
            Point2D over = OnScreen.centre(Hand.oneOf(r, items));
            FxWait.moveMouse(over); // pointed at, never chosen: that would open a file chooser
            hovered = "over an item, ";
        }
        int way = r.nextInt(4);
        String closed = switch (way) {
            case 0 -> "the button again: " + Hand.click(menu);
            case 1 -> "a click outside: " + Hand.click(OnScreen.pointIn(timelineArea(), r, 40), MouseButton.PRIMARY);
            default -> {
                FxWait.keys(KeyCode.ESCAPE);
                yield "Esc";
            }
        };
        Hand.escapeUntil("the export menu closed", () -> !menu.isShowing());
        return hovered + "closed with " + closed;
    }

    private String fileMenu(Random r) {
        var found = tool("#file-menu");
        if (found.isEmpty()) {
            return "#file-menu in the toolbar's overflow";
        }
        MenuButton menu = (MenuButton) found.get();
        open(menu, "the File menu");
        List<Bounds> items = OnScreen.rectangles(".menu-item", n -> n.getId() != null && n.getId().startsWith("file-"), null);
        int hovers = items.isEmpty() ? 0 : r.nextInt(3);
        for (int i = 0; i < hovers; i++) {
            FxWait.moveMouse(OnScreen.centre(Hand.oneOf(r, items))); // Open Recent opens its submenu
        }
        Hand.escapeUntil("the File menu closed", () -> !menu.isShowing());
        return "pointed at " + hovers + " items";
    }

    private String relatedEvent(Random r) {
        List<Bounds> links = OnScreen.rectangles(".related-link", n -> n.getScene() == scene(),
                OnScreen.bounds(node("#details")));
        if (links.isEmpty()) {
            return "no related event shown: " + clickEvent(r);
        }
        return Hand.click(OnScreen.centre(Hand.oneOf(r, links)), MouseButton.PRIMARY);
    }

    private String present(Random r) {
        String how;
        var button = tool("#present");
        if (r.nextInt(5) == 0 && button.isPresent()) {
            how = "the toolbar's button: " + Hand.click(button.get());
        } else {
            FxWait.keys(KeyCode.F5);
            how = "F5";
        }
        FxWait.until("the presentation started (" + how + ")", () -> app.storyMode().isRunning());
        FxWait.until("the audience's window has the keys", () -> app.storyMode().audienceStage() != null
                && app.storyMode().audienceStage().isFocused());
        return how;
    }

    private String resize(Random r) {
        if ("Monocle".equals(System.getProperty("glass.platform"))) {
            // Monocle's headless pixel buffers are reused wrongly when a window grows again
            // (IllegalArgumentException "Too small int buffer" printed by the renderer): a bug of
            // the test platform's, not the app's. Real windows (bench/soak.sh) are resized.
            return "not under Monocle";
        }
        double[] size = WINDOW_SIZES[r.nextInt(WINDOW_SIZES.length)];
        FxWait.run(() -> {
            app.stage().setWidth(size[0]);
            app.stage().setHeight(size[1]);
        });
        FxWait.pulse();
        FxWait.settle();
        return (int) size[0] + " x " + (int) size[1];
    }
}
