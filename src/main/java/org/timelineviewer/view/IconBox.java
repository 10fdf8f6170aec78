package org.timelineviewer.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableDoubleProperty;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.SizeConverter;
import javafx.scene.Group;
import javafx.scene.shape.SVGPath;

/**
 * An icon drawn on the 16-pixel grid, at the size CSS gives it ({@code -tl-icon-size}, in em so
 * that icons grow with the text: with the window's text size, Ctrl + / Ctrl −). A group, so
 * that the layout makes room for the icon as drawn, scaled.
 */
final class IconBox extends Group {

    /** The grid the icons' paths are drawn on. */
    static final double GRID = 16;

    private static final CssMetaData<IconBox, Number> SIZE = new CssMetaData<>("-tl-icon-size",
            SizeConverter.getInstance(), GRID) {
        @Override
        public boolean isSettable(IconBox icon) {
            return !icon.size.isBound();
        }

        @Override
        public StyleableProperty<Number> getStyleableProperty(IconBox icon) {
            return icon.size;
        }
    };
    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Group.getClassCssMetaData());
        all.add(SIZE);
        CSS_META_DATA = Collections.unmodifiableList(all);
    }

    private final SVGPath path;
    private final StyleableDoubleProperty size = new SimpleStyleableDoubleProperty(SIZE, this, "iconSize", GRID) {
        @Override
        protected void invalidated() {
            double scale = Math.max(0.25, get() / GRID);
            path.setScaleX(scale);
            path.setScaleY(scale);
        }
    };

    IconBox(SVGPath path) {
        super(path);
        this.path = path;
        getStyleClass().add("icon-box");
    }

    /** The icon's size in pixels now. */
    double size() {
        return size.get();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS_META_DATA;
    }
}
