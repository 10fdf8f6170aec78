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

/** The large card under the timeline: what the audience reads about the current step. */
final class StepCard extends VBox {

    private final Label category = new Label();
    private final Label status = new Label();
    private final Label era = new Label();
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label summary = new Label();
    private final Label quote = new Label();

    StepCard() {
        getStyleClass().add("step-card");
        setId("step-card");
        category.getStyleClass().add("card-category");
        status.getStyleClass().add("card-status");
        status.setId("card-status");
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
        Messages m = Messages.of(language);
        setStyle("-tl-event-color: " + event.category().color() + ";");
        category.setText(event.category().label().in(language));
        status.setText(m.get("status." + event.status().code()));
        status.getStyleClass().setAll("card-status", "status-" + event.status().code());
        status.setVisible(event.status().isStated());
        status.setManaged(event.status().isStated());
        String eraName = timeline.eras().stream().filter(e -> e.contains(event.startDay()))
                .map(Era::label).map(l -> l.in(language)).findFirst().orElse("");
        era.setText(eraName);
        era.setVisible(!eraName.isEmpty());
        title.setText(event.title().in(language));
        meta.setText(DateTexts.displayed(event, language));
        summary.setText(event.summary().in(language));
        summary.setVisible(!event.summary().isEmpty());
        summary.setManaged(!event.summary().isEmpty());
        quote.setText(event.source() == null ? ""
                : QuotationMarks.around(event.source().quote()) + "  — " + event.source().source().name().in(language));
        quote.setVisible(event.source() != null);
        quote.setManaged(event.source() != null);
    }
}
