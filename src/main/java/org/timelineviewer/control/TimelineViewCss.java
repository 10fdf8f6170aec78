package org.timelineviewer.control;

import java.util.List;
import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.SizeConverter;
import javafx.scene.control.Control;

/**
 * The geometry of {@link TimelineView} that the stylesheet decides, as CSS properties of the
 * control (the defaults here are those of timeline-view.css). The sizes of dots, bars and labels
 * are the markers' own CSS instead: {@code -fx-pref-width} and {@code -fx-pref-height} of
 * {@code .event-shape}, the padding of {@code .event-label}.
 */
final class TimelineViewCss {

    static final CssMetaData<TimelineView, Number> MIN_ROW_HEIGHT = size("-tl-min-row-height", 32, TimelineView::minRowHeightProperty);
    static final CssMetaData<TimelineView, Number> AXIS_HEIGHT = size("-tl-axis-height", 36, TimelineView::axisHeightProperty);
    static final CssMetaData<TimelineView, Number> ERA_STRIP_HEIGHT = size("-tl-era-strip-height", 28, TimelineView::eraStripHeightProperty);
    static final CssMetaData<TimelineView, Number> LANE_HEADER_HEIGHT = size("-tl-lane-header-height", 22, TimelineView::laneHeaderHeightProperty);
    static final CssMetaData<TimelineView, Number> BADGE_ROW_HEIGHT = size("-tl-badge-row-height", 26, TimelineView::badgeRowHeightProperty);

    /** Those of {@link Control}, then the control's own. */
    static final List<CssMetaData<? extends Styleable, ?>> ALL;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new java.util.ArrayList<>(Control.getClassCssMetaData());
        all.addAll(List.of(MIN_ROW_HEIGHT, AXIS_HEIGHT, ERA_STRIP_HEIGHT, LANE_HEADER_HEIGHT, BADGE_ROW_HEIGHT));
        ALL = List.copyOf(all);
    }

    private TimelineViewCss() {
    }

    private static CssMetaData<TimelineView, Number> size(String property, double initial,
                                                          Function<TimelineView, javafx.beans.property.DoubleProperty> field) {
        return new CssMetaData<>(property, SizeConverter.getInstance(), initial) {
            @Override
            public boolean isSettable(TimelineView view) {
                return !field.apply(view).isBound();
            }

            @Override
            @SuppressWarnings("unchecked")
            public StyleableProperty<Number> getStyleableProperty(TimelineView view) {
                return (StyleableProperty<Number>) field.apply(view);
            }
        };
    }

    /** A length of the control's layout that the stylesheet decides: a new value lays the control out again. */
    static final class LayoutSize extends StyleableDoubleProperty {
        private final TimelineView view;
        private final String name;
        private final CssMetaData<TimelineView, Number> metaData;

        LayoutSize(TimelineView view, String name, CssMetaData<TimelineView, Number> metaData) {
            super(metaData.getInitialValue(view).doubleValue());
            this.view = view;
            this.name = name;
            this.metaData = metaData;
        }

        @Override
        public Object getBean() {
            return view;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public CssMetaData<TimelineView, Number> getCssMetaData() {
            return metaData;
        }

        @Override
        protected void invalidated() {
            view.requestLayout();
        }
    }
}
