package org.timelineviewer.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.timelineviewer.control.ZoomLimits;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimeWindow;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.testing.UiFixture;

/** The viewport alone, with a camera that moves at once and writes down how it was asked to. */
class ViewportTest {

    private final Timeline timeline = UiFixture.timeline();
    private final ViewerState state = new ViewerState(timeline, Language.EN);
    private final Viewport viewport = state.viewport();
    private final FakeCamera camera = new FakeCamera();

    /** Shows what it is told at once, like a timeline with animations off, and keeps the log. */
    static final class FakeCamera implements Viewport.Camera {
        final SimpleObjectProperty<TimeWindow> shown = new SimpleObjectProperty<>(new TimeWindow(0, 365));
        final List<Viewport.Motion> motions = new ArrayList<>();
        TimeWindow heading;

        @Override
        public ObservableValue<TimeWindow> shownWindow() {
            return shown;
        }

        @Override
        public TimeWindow heading() {
            return heading != null ? heading : shown.get();
        }

        @Override
        public void move(TimeWindow target, Viewport.Motion motion, double millis) {
            motions.add(motion);
            shown.set(target);
        }
    }

    private TimeWindow fit() {
        return TimeWindow.framing(timeline.firstDay(), timeline.lastDay(), ZoomLimits.FIT_MARGIN);
    }

    @Test
    void aWindowShownBeforeAnyViewIsWhereTheFirstViewStarts() {
        TimeWindow saved = new TimeWindow(UiFixture.day("2021-01-01"), UiFixture.day("2021-06-01"));
        viewport.show(saved);
        assertThat(viewport.getWindow()).isEqualTo(saved);

        viewport.attach(camera);

        assertThat(camera.shown.get()).isEqualTo(saved);
        assertThat(camera.motions).containsExactly(Viewport.Motion.JUMP);
        assertThat(viewport.getWindow()).isEqualTo(saved);
    }

    @Test
    void theWindowIsWhatTheViewShowsEvenWhenTheViewMovesItself() {
        viewport.attach(camera);
        TimeWindow dragged = new TimeWindow(UiFixture.day("2020-03-01"), UiFixture.day("2020-09-01"));
        camera.shown.set(dragged); // the user dragged the timeline

        assertThat(viewport.getWindow()).isEqualTo(dragged);
        assertThat(viewport.countInView()).isEqualTo(2); // Ada Park joins, the seed round
        assertThat(viewport.eventsInView()).extracting(TimelineEvent::id).containsExactly("ada-joins", "seed-round");
    }

    @Test
    void showAllJumpsStraightToEveryShownEventWhereFitAllGlides() {
        viewport.attach(camera);
        camera.motions.clear();
        viewport.show(new TimeWindow(0, 365));
        viewport.showAll();
        assertThat(camera.shown.get()).isEqualTo(fit());
        viewport.show(new TimeWindow(0, 365));
        viewport.fitAll();
        assertThat(camera.shown.get()).isEqualTo(fit());
        assertThat(camera.motions).containsExactly(Viewport.Motion.JUMP, Viewport.Motion.JUMP, Viewport.Motion.JUMP,
                Viewport.Motion.GLIDE);
    }

    @Test
    void fitShowsEveryShownEventAndZoomGlidesAroundTheCentre() {
        viewport.attach(camera);
        assertThat(camera.motions).as("opening the timeline fitted it before any view came").containsExactly(Viewport.Motion.JUMP);
        assertThat(camera.shown.get()).isEqualTo(fit());
        camera.motions.clear();
        viewport.fitAll();
        assertThat(camera.shown.get()).isEqualTo(fit());

        viewport.zoomIn();
        TimeWindow in = camera.shown.get();
        assertThat(in.span()).isCloseTo(fit().span() * ZoomLimits.ZOOM_STEP, Offset.offset(1e-6));
        assertThat(in.center()).isCloseTo(fit().center(), Offset.offset(1e-6));
        viewport.zoomOut();
        assertThat(camera.shown.get().span()).isCloseTo(fit().span(), Offset.offset(1e-6));
        assertThat(camera.motions).containsOnly(Viewport.Motion.GLIDE);
    }

    @Test
    void zoomKeepsTheSelectedEventInPlaceWhenItIsInView() {
        viewport.attach(camera);
        viewport.fitAll();
        TimelineEvent ada = timeline.event("ada-joins").orElseThrow();
        state.select(ada);
        double before = (ada.startDay() - camera.shown.get().start()) / camera.shown.get().span();

        viewport.zoomIn();

        TimeWindow in = camera.shown.get();
        assertThat((ada.startDay() - in.start()) / in.span()).isCloseTo(before, Offset.offset(1e-9));
    }

    @Test
    void relativeMovesStartFromWhereTheViewIsHeading() {
        viewport.attach(camera);
        viewport.fitAll();
        TimeWindow heading = new TimeWindow(UiFixture.day("2021-01-01"), UiFixture.day("2022-01-01"));
        camera.heading = heading; // still gliding there

        viewport.panBy(0.5);

        assertThat(camera.shown.get().start()).isCloseTo(heading.start() + heading.span() / 2, Offset.offset(1e-6));
        assertThat(camera.shown.get().span()).isCloseTo(heading.span(), Offset.offset(1e-6));
    }

    @Test
    void revealPansTheLeastNeededAndOnlyWhenNeeded() {
        viewport.attach(camera);
        TimeWindow view = new TimeWindow(UiFixture.day("2021-01-01"), UiFixture.day("2021-12-31"));
        viewport.show(view);
        camera.motions.clear();

        viewport.reveal(timeline.event("merger-talk").orElseThrow()); // 15 Sep 2021: comfortably in view
        assertThat(camera.motions).isEmpty();

        TimelineEvent seriesA = timeline.event("series-a").orElseThrow();
        viewport.reveal(seriesA);
        TimeWindow moved = camera.shown.get();
        assertThat(moved.span()).isCloseTo(view.span(), Offset.offset(1e-6));
        assertThat(moved.end() - seriesA.startDay()).isCloseTo(view.span() * ZoomLimits.REVEAL_MARGIN, Offset.offset(1e-6));
    }

    @Test
    void aSearchWhoseMatchesAreAllOutOfViewFitsThemAndOneInViewLeavesTheViewAlone() {
        viewport.attach(camera);
        TimeWindow early = new TimeWindow(UiFixture.day("2020-01-01"), UiFixture.day("2020-06-01"));
        viewport.show(early);

        state.search("Ada"); // Alpha launches (Feb 2020) matches: in view
        assertThat(camera.shown.get()).isEqualTo(early);

        state.search("Series A");
        TimelineEvent seriesA = timeline.event("series-a").orElseThrow();
        assertThat(camera.shown.get().contains(seriesA.startDay())).isTrue();
    }

    @Test
    void zoomIsLimitedToADayAndToTheTimelinesReach() {
        viewport.attach(camera);
        viewport.fitAll();
        for (int i = 0; i < 40; i++) {
            viewport.zoomIn();
        }
        assertThat(camera.shown.get().span()).isCloseTo(1, Offset.offset(1e-9));
        for (int i = 0; i < 40; i++) {
            viewport.zoomOut();
        }
        assertThat(camera.shown.get().span()).isCloseTo(20 * 365.2425, Offset.offset(1e-6));
        viewport.show(new TimeWindow(90_000, 90_100)); // far in the future
        assertThat(camera.shown.get().center()).as("kept near the data").isLessThan(timeline.lastDay() + 100);
    }
}
