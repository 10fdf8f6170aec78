package org.timelineviewer.view;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.timelineviewer.i18n.DateTexts;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.i18n.QuotationMarks;
import org.timelineviewer.i18n.QuoteTranslation;
import org.timelineviewer.i18n.MoneyTexts;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.LocalizedText;
import org.timelineviewer.model.Media;
import org.timelineviewer.model.MoneyAmount;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;
import org.timelineviewer.presentation.ViewerState;

/**
 * Everything about the selected event: title, date at its precision (or as the file writes it),
 * category, status, summary, description, links, media (a link and its credit, never fetched),
 * people, organisations, amounts, the source quote (or that there is none) and related events
 * (links that go to them). A text the file has only in the other language is shown as it is,
 * marked. Shows a short guide when nothing is selected.
 *
 * <p>The details scroll; the short guide does not, and the scroll pane (two scroll bars and a
 * viewport) is made when the first event is selected rather than for the app's first frame.
 */
public final class EventDetailsPane extends StackPane {

    private final ViewerState state;
    private final Consumer<String> openLink;
    private final VBox guide = new VBox();
    private final VBox content = new VBox();
    private ScrollPane scroller;

    /** @param openLink opens an address in the user's browser */
    public EventDetailsPane(ViewerState state, Consumer<String> openLink) {
        this.state = state;
        this.openLink = openLink;
        getStyleClass().add("event-details");
        content.getStyleClass().add("details-content");
        guide.getStyleClass().add("details-content");
        setAlignment(Pos.TOP_LEFT);
        state.selectedProperty().addListener((o, was, now) -> refresh());
        state.languageProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        TimelineEvent event = state.getSelected();
        if (event == null) {
            guide.getChildren().setAll(emptyState());
            getChildren().setAll(guide);
            return;
        }
        content.getChildren().setAll(details(event));
        getChildren().setAll(scroller());
        scroller.setVvalue(0);
    }

    private ScrollPane scroller() {
        if (scroller == null) {
            scroller = new ScrollPane();
            scroller.getStyleClass().add("details-scroll");
            scroller.setFitToWidth(true);
            scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            scroller.setContent(content);
        }
        return scroller;
    }

    private List<Node> emptyState() {
        Messages m = state.getMessages();
        Label title = styled(new Label(m.get("details.empty.title")), "empty-title");
        Label body = wrapped(m.get("details.empty.body"), "empty-body");
        Label hints = wrapped(m.get("details.empty.hints"), "empty-hints");
        VBox box = new VBox(title, body, hints);
        box.getStyleClass().add("details-empty");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setId("details-empty");
        return List.of(box);
    }

    private List<Node> details(TimelineEvent e) {
        Language lang = state.getLanguage();
        Messages m = state.getMessages();
        VBox box = new VBox();
        box.getStyleClass().add("details-body");
        box.setStyle("-tl-event-color: " + e.category().color() + ";");

        Label category = styled(new Label(e.category().label().in(lang)), "category-chip");
        // A flow, so that large text (Ctrl +) wraps the chips onto a second line rather than cutting them short.
        javafx.scene.layout.FlowPane chips = new javafx.scene.layout.FlowPane(category);
        chips.getStyleClass().add("details-chips");
        if (e.status().isStated()) {
            Label status = styled(new Label(m.get("status." + e.status().code())), "status-badge",
                    "status-" + e.status().code());
            status.setTooltip(new Tooltip(m.get("status." + e.status().code() + ".help")));
            status.setId("details-status");
            chips.getChildren().add(status);
        }
        if (!e.title().has(lang) && !e.summary().has(lang)) {
            // Shown as the file has it, in the other language, never translated.
            Label only = styled(new Label(m.get("language.only." + lang.other().code())), "language-only-chip");
            only.setId("details-language-only");
            chips.getChildren().add(only);
        }

        Label title = wrapped(e.title().in(lang), "details-title");
        title.setId("details-title");
        Label date = styled(new Label(DateTexts.displayed(e, lang)),
                "details-date");
        date.setId("details-date");
        box.getChildren().addAll(chips, title, date);
        if (!e.summary().isEmpty()) {
            box.getChildren().add(wrapped(e.summary().in(lang), "details-summary"));
        }

        e.descriptionText().ifPresent(d -> box.getChildren().add(wrapped(d.in(lang), "details-description")));
        section(box, m.get("details.links"), e.links().stream().<Node>map(l -> webLink(l.label(), l.url(), "details-link")).toList());
        e.mediaLink().ifPresent(media -> section(box, m.get("details.media"), List.of(mediaBlock(media, lang, m))));
        section(box, m.get("details.people"), names(e.people(), lang));
        section(box, m.get("details.organizations"), names(e.organizations(), lang));
        section(box, m.get("details.amounts"), amounts(e.amounts(), lang));
        if (e.source() != null) {
            Label quote = wrapped(QuotationMarks.around(e.source().quote()), "details-quote");
            quote.setId("details-quote");
            Label from = styled(new Label(m.format("details.quote.from", e.source().source().name().in(lang))),
                    "details-quote-source");
            VBox block = new VBox(quote);
            QuoteTranslation.labelled(e.source(), lang).ifPresent(t -> {
                Label translation = wrapped(t, "details-translation");
                translation.setId("details-translation");
                block.getChildren().add(translation);
            });
            block.getChildren().add(from);
            block.getStyleClass().add("quote-block");
            section(box, m.get("details.source"), List.of(block));
        } else {
            Label none = wrapped(m.get("details.source.none"), "details-no-source");
            none.setId("details-no-source");
            section(box, m.get("details.source"), List.of(none));
        }
        Timeline timeline = state.getTimeline();
        List<TimelineEvent> related = timeline == null ? List.of() : timeline.related(e);
        section(box, m.get("details.related"), related.stream().map(r -> relatedLink(r, lang)).toList());
        return List.of(box);
    }

    private Node relatedLink(TimelineEvent r, Language lang) {
        Hyperlink link = new Hyperlink(r.title().in(lang));
        link.getStyleClass().add("related-link");
        link.setId("related-" + r.id());
        link.setWrapText(true);
        link.setOnAction(a -> state.selectById(r.id())); // goes there: selects it and brings it into view
        Label date = styled(new Label(DateTexts.displayed(r, lang)), "related-date");
        VBox row = new VBox(link, date);
        row.getStyleClass().add("related-row");
        return row;
    }

    /** A link that opens in the user's browser (through the app), its address as its tooltip. */
    private Hyperlink webLink(String label, String url, String styleClass) {
        Hyperlink link = new Hyperlink(label);
        link.getStyleClass().add(styleClass);
        link.setWrapText(true);
        link.setTooltip(new Tooltip(url));
        link.setOnAction(a -> {
            openLink.accept(url);
            a.consume(); // the window's "back to the timeline" handler is for related events
        });
        return link;
    }

    /** What the event points to: a link (never fetched), its caption and its credit. */
    private Node mediaBlock(Media media, Language lang, Messages m) {
        String caption = media.caption().isEmpty() ? media.url() : media.caption().in(lang);
        VBox block = new VBox(webLink(caption, media.url(), "details-media-link"));
        block.getStyleClass().add("media-block");
        block.setId("details-media");
        if (!media.credit().isEmpty()) {
            block.getChildren().add(styled(new Label(m.format("details.media.credit", media.credit().in(lang))),
                    "details-media-credit"));
        }
        return block;
    }

    private static List<Node> names(List<LocalizedText> names, Language lang) {
        Function<LocalizedText, Node> chip = n -> {
            Label label = styled(new Label(n.in(lang)), "name-chip");
            label.setTooltip(new Tooltip(n.in(lang.other())));
            return label;
        };
        return names.isEmpty() ? List.of() : List.of(flow(names.stream().map(chip).toList()));
    }

    private static List<Node> amounts(List<MoneyAmount> amounts, Language lang) {
        return amounts.stream().<Node>map(a -> {
            Label value = styled(new Label(MoneyTexts.format(a, lang)), "amount-value");
            Label what = wrapped(a.label() == null ? "" : a.label().in(lang), "amount-label");
            VBox row = new VBox(value, what);
            row.getStyleClass().add("amount-row");
            return row;
        }).toList();
    }

    private static void section(VBox box, String heading, List<Node> items) {
        if (items.isEmpty()) {
            return;
        }
        box.getChildren().add(styled(new Label(heading), "section-heading"));
        box.getChildren().addAll(items);
    }

    private static FlowPane flow(List<Node> nodes) {
        FlowPane pane = new FlowPane(nodes.toArray(Node[]::new));
        pane.getStyleClass().add("chip-flow");
        pane.setHgap(6);
        pane.setVgap(6);
        return pane;
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = styled(new Label(text), styleClass);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    private static Label styled(Label label, String... styleClasses) {
        label.getStyleClass().addAll(styleClasses);
        return label;
    }
}
