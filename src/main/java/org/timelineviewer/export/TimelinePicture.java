package org.timelineviewer.export;

import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import org.timelineviewer.control.TimelineView;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.presentation.TimelineTexts;

/**
 * Draws a timeline view off screen at a given pixel size, for PNG export and PDF handouts.
 *
 * <p>Large pictures are laid out at a normal size and drawn at a higher scale (3840 x 2160 is a
 * 1920 x 1080 layout at scale 2), so text and lines are as crisp as on a HiDPI screen rather than
 * enlarged pixels, and the picture shows what the audience saw. Must run on the JavaFX thread.
 */
public final class TimelinePicture {

    /** What to draw. */
    public record Request(Timeline timeline, List<TimelineEvent> events, TimeWindow window,
                          TimelineEvent selected, Language language, boolean lanes, boolean withTitle) {
    }

    private TimelinePicture() {
    }

    /** The picture, exactly {@code widthPx} x {@code heightPx} pixels. */
    public static WritableImage render(Request request, int widthPx, int heightPx) {
        return render(request, widthPx, heightPx, scaleFor(widthPx, heightPx));
    }

    /** The picture drawn at {@code scale} device pixels per layout pixel (2 for print). */
    public static WritableImage render(Request request, int widthPx, int heightPx, double scale) {
        double width = widthPx / scale;
        double height = heightPx / scale;

        TimelineView view = new TimelineView();
        TimelineTexts.install(view);
        view.setAnimated(false);
        view.setTimeline(request.timeline());
        view.setEvents(request.events());
        view.setLanguage(request.language());
        view.setLanesVisible(request.lanes());
        view.setSelectedEvent(request.selected());
        VBox root = new VBox();
        root.getStyleClass().add("export-picture");
        if (request.withTitle()) {
            Label title = new Label(request.timeline().title().in(request.language()));
            title.getStyleClass().add("timeline-title");
            VBox header = new VBox(title);
            request.timeline().subtitle().ifPresent(s -> {
                Label subtitle = new Label(s.in(request.language()));
                subtitle.getStyleClass().add("timeline-subtitle");
                header.getChildren().add(subtitle);
            });
            header.getStyleClass().add("timeline-header");
            root.getChildren().add(header);
        }
        root.getChildren().add(view);
        VBox.setVgrow(view, Priority.ALWAYS);
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(
                TimelinePicture.class.getResource("/org/timelineviewer/app/app.css")).toExternalForm());
        root.applyCss();
        root.layout();
        view.showWindow(request.window());
        root.layout();

        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(new Scale(scale, scale));
        return root.snapshot(parameters, new WritableImage(widthPx, heightPx));
    }

    /** 1 up to full HD; beyond, the scale that keeps the layout at about 1080 pixels high. */
    static double scaleFor(int widthPx, int heightPx) {
        return Math.max(1, Math.min(widthPx / 1920.0, heightPx / 1080.0));
    }
}
