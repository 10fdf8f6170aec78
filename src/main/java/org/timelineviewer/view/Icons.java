package org.timelineviewer.view;

import javafx.scene.Node;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;

/** Small monochrome icons drawn on a 16-pixel grid; their colour comes from CSS ({@code .icon}). */
public final class Icons {

    private static final String LENS = "M7 1a6 6 0 1 0 0 12A6 6 0 1 0 7 1zM7 2.5a4.5 4.5 0 1 1 0 9a4.5 4.5 0 1 1 0-9z"
            + "M11.2 10.1l4.3 4.3-1.1 1.1-4.3-4.3z";

    public static final String ZOOM_IN = LENS + "M6.3 4.5h1.4v1.8h1.8v1.4H7.7v1.8H6.3V7.7H4.5V6.3h1.8z";
    public static final String ZOOM_OUT = LENS + "M4.5 6.3h5v1.4h-5z";
    public static final String SEARCH = LENS;
    public static final String FIT = "M1 1h5v1.5H2.5V6H1zM10 1h5v5h-1.5V2.5H10zM1 10h1.5v3.5H6V15H1zM13.5 10H15v5h-5v-1.5h3.5z";
    public static final String PLAY = "M2 2.5h1.6v11H2zM5.5 2l9 6-9 6z";
    public static final String EXPORT = "M7.25 1h1.5v7.4l2.7-2.7 1.06 1.06L8 11.27 3.49 6.76l1.06-1.06 2.7 2.7zM2 12.5h1.5v1.5h9v-1.5H14V15.5H2z";
    public static final String LANES = "M1 2h14v3H1zM1 6.5h14v3H1zM1 11h14v3H1z";
    public static final String FILTER = "M1 2h14l-5.5 6.5V14l-3-1.5V8.5z";
    public static final String GLOBE = "M8 1a7 7 0 1 0 0 14A7 7 0 1 0 8 1zM8 2.4c.9 1 1.6 2.6 1.8 4.6H6.2C6.4 5 7.1 3.4 8 2.4z"
            + "M5.9 2.8C5.2 4 4.8 5.4 4.7 7H2.5a5.6 5.6 0 0 1 3.4-4.2zM10.1 2.8A5.6 5.6 0 0 1 13.5 7h-2.2c-.1-1.6-.5-3-1.2-4.2z"
            + "M2.5 8.5h2.2c.1 1.6.5 3 1.2 4.2A5.6 5.6 0 0 1 2.5 8.5zM6.2 8.5h3.6c-.2 2-.9 3.6-1.8 4.6-.9-1-1.6-2.6-1.8-4.6z"
            + "M11.3 8.5h2.2a5.6 5.6 0 0 1-3.4 4.2c.7-1.2 1.1-2.6 1.2-4.2z";

    public static final String FOLDER = "M1 3h5l1.5 1.5H15V14H1zM2.5 6v6.5h11V6z";

    private Icons() {
    }

    /** A node drawing {@code path}, styled by {@code .icon}, as large as the text around it ({@link IconBox}). */
    public static Node of(String path) {
        SVGPath svg = new SVGPath();
        svg.setContent(path);
        svg.setFillRule(FillRule.EVEN_ODD);
        svg.getStyleClass().add("icon");
        return new IconBox(svg);
    }
}
