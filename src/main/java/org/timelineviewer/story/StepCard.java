package org.timelineviewer.story;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.timelineviewer.i18n.DateTexts;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.i18n.QuotationMarks;
import org.timelineviewer.model.Era;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.TimelineEvent;

/**
 * The large card under the timeline: what the audience reads about the current step; without the
 * quote, the presenter's miniature of the next step. For a mixed room it shows the title, date and
 * summary in both languages side by side, the first language on the left.
 */
final class StepCard extends VBox {

    /** On the card while it shows both languages (the stylesheet makes the titles a little smaller). */
    private static final javafx.css.PseudoClass BILINGUAL = javafx.css.PseudoClass.getPseudoClass("bilingual");

    private final Label category = new Label();
    private final Label status = new Label();
    private final Label era = new Label();
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label summary = new Label();
    private final Label secondTitle = new Label();
    private final Label secondMeta = new Label();
    private final Label secondSummary = new Label();
    private final VBox firstColumn = new VBox(title, meta, summary);
    private final VBox secondColumn = new VBox(secondTitle, secondMeta, secondSummary);
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
        summary.setId("card-summary");
        secondTitle.getStyleClass().add("card-title");
        secondTitle.setId("card-title-second");
        secondMeta.getStyleClass().add("card-meta");
        secondSummary.getStyleClass().add("card-summary");
        secondSummary.setId("card-summary-second");
        quote.getStyleClass().add("card-quote");
        for (Label l : new Label[] {title, summary, secondTitle, secondSummary, quote}) {
            l.setWrapText(true);
            l.setMinHeight(Label.USE_PREF_SIZE);
        }
        HBox chips = new HBox(category, status, era);
        chips.getStyleClass().add("card-chips");
        firstColumn.getStyleClass().add("card-column");
        secondColumn.getStyleClass().addAll("card-column", "card-column-second");
        secondColumn.setId("card-second-language");
        for (VBox column : new VBox[] {firstColumn, secondColumn}) {
            column.setMinWidth(0);
            HBox.setHgrow(column, javafx.scene.layout.Priority.ALWAYS);
        }
        HBox columns = new HBox(firstColumn, secondColumn);
        columns.getStyleClass().add("card-columns");
        getChildren().addAll(chips, columns, quote);
    }

    /** Shows {@code event}; its era is the one of {@code eras} its start falls in, if any. */
    void show(TimelineEvent event, java.util.List<Era> eras, Language language) {
        show(event, eras, language, false);
    }

    /**
     * Shows {@code event} in {@code language}, and when {@code bilingual} in the other language too:
     * the title, date and summary in a column each, the chips with both names.
     */
    void show(TimelineEvent event, java.util.List<Era> eras, Language language, boolean bilingual) {
        Messages m = Messages.of(language);
        Language other = language.other();
        setStyle("-tl-event-color: " + event.category().color() + ";");
        category.setText(both(event.category().label().in(language), event.category().label().in(other), bilingual));
        status.setText(both(m.get("status." + event.status().code()),
                Messages.of(other).get("status." + event.status().code()), bilingual));
        status.getStyleClass().setAll("card-status", "status-" + event.status().code());
        status.setVisible(event.status().isStated());
        status.setManaged(event.status().isStated());
        String eraName = eras.stream().filter(e -> e.contains(event.startDay())).map(Era::label)
                .map(l -> both(l.in(language), l.in(other), bilingual)).findFirst().orElse("");
        era.setText(eraName);
        era.setVisible(quoted && !eraName.isEmpty()); // the miniature leaves the era out, for room
        era.setManaged(quoted && !eraName.isEmpty());
        title.setText(event.title().in(language));
        meta.setText(DateTexts.displayed(event, language));
        summary.setText(event.summary().in(language));
        summary.setVisible(!event.summary().isEmpty());
        summary.setManaged(!event.summary().isEmpty());
        secondTitle.setText(event.title().in(other));
        secondMeta.setText(DateTexts.displayed(event, other));
        secondSummary.setText(event.summary().in(other));
        secondSummary.setVisible(!event.summary().isEmpty());
        secondSummary.setManaged(!event.summary().isEmpty());
        secondColumn.setVisible(bilingual);
        secondColumn.setManaged(bilingual);
        // Side by side the two columns share the width equally; alone, the first takes it all.
        firstColumn.setPrefWidth(bilingual ? 0 : Region.USE_COMPUTED_SIZE);
        secondColumn.setPrefWidth(bilingual ? 0 : Region.USE_COMPUTED_SIZE);
        pseudoClassStateChanged(BILINGUAL, bilingual);
        quote.setText(event.source() == null ? ""
                : QuotationMarks.around(event.source().quote()) + "  — " + event.source().source().name().in(language)
                + translation(event, language, other, bilingual).map(t -> "\n" + t).orElse(""));
        quote.setVisible(quoted && event.source() != null);
        quote.setManaged(quoted && event.source() != null);
    }

    /**
     * The quote's labelled translation for a reader of {@code language}; in a mixed room, for the
     * readers of the other language too (a Chinese quote gets its English rendering).
     */
    private static java.util.Optional<String> translation(TimelineEvent event, Language language, Language other,
                                                           boolean bilingual) {
        java.util.Optional<String> mine = org.timelineviewer.i18n.QuoteTranslation.labelled(event.source(), language);
        return mine.isPresent() || !bilingual ? mine
                : org.timelineviewer.i18n.QuoteTranslation.labelled(event.source(), other);
    }

    /** {@code first}, or in bilingual mode "first / second" (once when they are the same). */
    private static String both(String first, String second, boolean bilingual) {
        return !bilingual || first.equals(second) ? first : first + " / " + second;
    }
}
