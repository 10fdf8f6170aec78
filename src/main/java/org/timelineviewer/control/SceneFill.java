package org.timelineviewer.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.converter.PaintConverter;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.paint.Paint;

/**
 * A window's ground as CSS gives it ({@code -tl-scene-fill} on the scene's root), made the scene's
 * fill, so that the root and the regions down to a timeline can leave their backgrounds empty.
 *
 * <p>Why a window would: in software rendering the scene's fill is cleared as plain memory before
 * each frame, while a region's opaque background is rasterised like any other shape. Under a
 * timeline that moves every frame, the control's own ground was 2 ms of the render thread's 9–13
 * at 1920 × 1080 (bench/scale, {@code -Dbench.cpu=render}, 10,000 events). The property does
 * nothing until CSS sets it, and only on the root of its scene; pictures taken with
 * {@code snapshot} do not see a scene's fill, so they ask {@link #get()} for their ground.
 *
 * <p>A root class carries it as JavaFX's own controls carry their styleable properties: a field
 * made with {@code new SceneFill(this, META)}, {@code META = SceneFill.cssMetaData(r -> r.field)}, and
 * {@code getCssMetaData()} answering {@code SceneFill.withCssMetaData(Parent.getClassCssMetaData(), META)}.
 */
public final class SceneFill extends StyleableObjectProperty<Paint> {

    /** The CSS property's name. */
    public static final String PROPERTY = "-tl-scene-fill";

    private final Parent root;
    private final CssMetaData<? extends Styleable, Paint> metaData;

    /**
     * @param root     the root it gives its scene's fill, whenever CSS sets it and whenever the root
     *                 joins a scene
     * @param metaData its CSS property, from {@link #cssMetaData(Function)}
     */
    public SceneFill(Parent root, CssMetaData<? extends Styleable, Paint> metaData) {
        this.root = root;
        this.metaData = metaData;
        root.sceneProperty().addListener((o, was, now) -> apply());
    }

    /** A root class's CSS properties: its parent class's, {@code inherited}, and its scene fill. */
    public static List<CssMetaData<? extends Styleable, ?>> withCssMetaData(
            List<CssMetaData<? extends Styleable, ?>> inherited, CssMetaData<? extends Styleable, Paint> sceneFill) {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(inherited);
        all.add(sceneFill);
        return Collections.unmodifiableList(all);
    }

    /** The CSS property {@code -tl-scene-fill} of a root class, read and written through {@code property}. */
    public static <S extends Parent> CssMetaData<S, Paint> cssMetaData(Function<S, SceneFill> property) {
        return new CssMetaData<>(PROPERTY, PaintConverter.getInstance(), null) {
            @Override
            public boolean isSettable(S root) {
                return !property.apply(root).isBound();
            }

            @Override
            public StyleableObjectProperty<Paint> getStyleableProperty(S root) {
                return property.apply(root);
            }
        };
    }

    @Override
    protected void invalidated() {
        apply();
    }

    private void apply() {
        Paint fill = get();
        Scene scene = root.getScene();
        if (fill != null && scene != null && scene.getRoot() == root) {
            scene.setFill(fill);
        }
    }

    @Override
    public CssMetaData<? extends Styleable, Paint> getCssMetaData() {
        return metaData;
    }

    @Override
    public Object getBean() {
        return root;
    }

    @Override
    public String getName() {
        return "sceneFill";
    }
}
