package org.timelineviewer.story;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.timelineviewer.i18n.DateTexts;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.i18n.QuotationMarks;
import org.timelineviewer.model.Era;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;

/**
 * The large card under the timeline: what the audience reads about the current step; without the
 * quote, the presenter's miniature of the next step.
 */
final class StepCard extends VBox {

    private final Label category = new Label();
    private final Label status = new Label();
    private final Label era = new Label();
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label summary = new Label();
    private final Label quote = new Label();
    private final boolean quoted;

    /** The audience's card, with the source quote. */
    StepCard() {
        this(true);
    }

    /**
     * @param quoted whether the card shows the event's source quote and era (the audience's card
     *               does; the presenter's miniature of the next step has no room for them)
     */
    StepCard(boolean quoted) {
        this.quoted = quoted;
        getStyleClass().add("step-card");
        setId("step-card");
        category.getStyleClass().add("card-category");
        status.getStyleClass().add("card-status");
        status.setId("card-status");
        status.setMinWidth(Label.USE_PREF_SIZE); // a rumour or a denial is never cut to "…"
        era.getStyleClass().add("card-era");
        title.getStyleClass().add("card-title");
        title.setId("card-title");
        meta.getStyleClass().add("card-meta");
        summary.getStyleClass().add("card-summary");
        quote.getStyleClass().add("card-quote");
        for (Label l : new Label[] {title, summary, quote}) {
            l.setWrapText(true);
            l.setMinHeight(Label.USE_PREF_SIZE);
        }
        HBox chips = new HBox(category, status, era);
        chips.getStyleClass().add("card-chips");
        getChildren().addAll(chips, title, meta, summary, quote);
    }

    void show(TimelineEvent event, Timeline timeline, Language language) {
        show(event, timeline.eras(), language);
    }

    /** Shows {@code event}; its era is the one of {@code eras} its start falls in, if any. */
    void show(TimelineEvent event, java.util.List<Era> eras, Language language) {
        Messages m = Messages.of(language);
        setStyle("-tl-event-color: " + event.category().color() + ";");
        category.setText(event.category().label().in(language));
        status.setText(m.get("status." + event.status().code()));
        status.getStyleClass().setAll("card-status", "status-" + event.status().code());
        status.setVisible(event.status().isStated());
        status.setManaged(event.status().isStated());
        String eraName = eras.stream().filter(e -> e.contains(event.startDay()))
                .map(Era::label).map(l -> l.in(language)).findFirst().orElse("");
        era.setText(eraName);
        era.setVisible(quoted && !eraName.isEmpty()); // the miniature leaves the era out, for room
        era.setManaged(quoted && !eraName.isEmpty());
        title.setText(event.title().in(language));
        meta.setText(DateTexts.displayed(event, language));
        summary.setText(event.summary().in(language));
        summary.setVisible(!event.summary().isEmpty());
        summary.setManaged(!event.summary().isEmpty());
        quote.setText(event.source() == null ? ""
                : QuotationMarks.around(event.source().quote()) + "  — " + event.source().source().name().in(language)
                + org.timelineviewer.i18n.QuoteTranslation.labelled(event.source(), language).map(t -> "\n" + t).orElse(""));
        quote.setVisible(quoted && event.source() != null);
        quote.setManaged(quoted && event.source() != null);
    }
}
