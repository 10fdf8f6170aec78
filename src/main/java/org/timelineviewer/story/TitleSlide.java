package org.timelineviewer.story;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The opening slide: the story's title and subtitle over the whole timeline; for a mixed room, in
 * both languages (the second under the first).
 */
final class TitleSlide extends VBox {

    /** What the slide says in one language. */
    record Texts(String title, String subtitle, String hint) {
    }

    private final Label title = new Label();
    private final Label secondTitle = new Label();
    private final Label subtitle = new Label();
    private final Label secondSubtitle = new Label();
    private final Label hint = new Label();
    private final Label secondHint = new Label();

    TitleSlide() {
        getStyleClass().add("title-slide");
        setId("title-slide");
        title.getStyleClass().add("title-slide-title");
        title.setId("title-slide-title");
        secondTitle.getStyleClass().add("title-slide-second-title");
        secondTitle.setId("title-slide-title-second");
        subtitle.getStyleClass().add("title-slide-subtitle");
        subtitle.setId("title-slide-subtitle");
        secondSubtitle.getStyleClass().add("title-slide-subtitle");
        secondSubtitle.setId("title-slide-subtitle-second");
        hint.getStyleClass().add("title-slide-hint");
        secondHint.getStyleClass().addAll("title-slide-hint", "title-slide-second-hint");
        for (Label l : new Label[] {title, secondTitle, subtitle, secondSubtitle}) {
            l.setWrapText(true);
        }
        setAlignment(Pos.CENTER);
        getChildren().addAll(title, secondTitle, subtitle, secondSubtitle, hint, secondHint);
        setMouseTransparent(true);
    }

    void show(String titleText, String subtitleText, String hintText) {
        show(new Texts(titleText, subtitleText, hintText), Optional.empty());
    }

    /** Shows {@code first}, and {@code second} under it when there is a second language. */
    void show(Texts first, Optional<Texts> second) {
        title.setText(first.title());
        subtitle.setText(first.subtitle());
        shown(subtitle, !first.subtitle().isEmpty());
        hint.setText(first.hint());
        Texts other = second.orElse(new Texts("", "", ""));
        secondTitle.setText(other.title());
        secondSubtitle.setText(other.subtitle());
        secondHint.setText(other.hint());
        shown(secondTitle, second.isPresent());
        shown(secondSubtitle, second.isPresent() && !other.subtitle().isEmpty());
        shown(secondHint, second.isPresent());
    }

    private static void shown(Label label, boolean visible) {
        label.setVisible(visible);
        label.setManaged(visible);
    }
}
