package org.timelineviewer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.timelineviewer.io.TimelineFixtures.BASE;
import static org.timelineviewer.io.TimelineFixtures.assertAt;
import static org.timelineviewer.io.TimelineFixtures.edit;
import static org.timelineviewer.io.TimelineFixtures.onlyProblem;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Source;
import org.timelineviewer.model.SourceQuote;
import org.timelineviewer.model.Timeline;

/** {@code source.translation}: the quote's rendering into the other language, read, checked and written. */
class SourceTranslationTest {

    private static final String QUOTE = "\"source\": { \"ref\": \"src\", \"quote\": \"原文一\" }";
    private static final Messages EN = Messages.of(Language.EN);
    private static final Messages ZH = Messages.of(Language.ZH);

    private static String withTranslation(String translation) {
        return edit(BASE, QUOTE, "\"source\": { \"ref\": \"src\", \"quote\": \"原文一\",\n"
                + "                    \"translation\": " + translation + " }");
    }

    private static Timeline read(String json) throws TimelineLoadException {
        return new TimelineFileReader().read("test.timeline", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTranslationIsReadBesideTheQuoteAndIsNotTheQuote() throws Exception {
        Timeline t = read(withTranslation("{ \"en\": \" Original one \" }"));

        SourceQuote quote = t.event("first").orElseThrow().source();
        assertThat(quote.quote()).isEqualTo("原文一");
        assertThat(quote.translation(Language.EN)).hasValue("Original one");
        assertThat(quote.translation(Language.ZH)).isEmpty();
        assertThat(t.event("second").orElseThrow().source().translations()).isEmpty();
    }

    @Test
    void anUnknownLanguageIsAProblemAtItsKeyInBothLanguages() {
        String json = withTranslation("{ \"fr\": \"Texte original\" }");
        Problem p = onlyProblem(json);

        assertAt(p, "/events/0/source/translation/fr", json, "\"Texte original\"");
        assertThat(p.message(EN)).isEqualTo("'fr' is not a language a quote is translated into; expected \"en\" or \"zh\"");
        assertThat(p.message(ZH)).isEqualTo("'fr' 不是引文可译成的语言；应为 \"en\" 或 \"zh\"");
    }

    @Test
    void aTranslationIntoTheQuotesOwnLanguageIsAProblem() {
        String json = withTranslation("{ \"zh\": \"原文一\" }");
        Problem p = onlyProblem(json);

        assertThat(p.pointer()).isEqualTo("/events/0/source/translation/zh");
        assertThat(p.line()).as(p.toString()).isPositive();
        assertThat(p.message(EN)).isEqualTo("the quote is itself in this language (zh); a translation goes into the other language");
        assertThat(p.message(ZH)).isEqualTo("引文本身就是这种语言（zh）；译文应译成另一种语言");
    }

    @Test
    void anEmptyTranslationIsAProblem() {
        String json = withTranslation("{ \"en\": \"  \" }");
        Problem p = onlyProblem(json);

        assertAt(p, "/events/0/source/translation/en", json, "\"  \"");
        assertThat(p.message(EN)).isEqualTo("the translation (en) is empty; write the quote’s rendering, or leave this language out");
        assertThat(p.message(ZH)).isEqualTo("译文（en）为空；请写出引文的译文，或删去这一语言");
    }

    @Test
    void aTranslationThatIsNoObjectIsAProblemAtItsValue() {
        String json = withTranslation("\"Original one\"");
        Problem p = onlyProblem(json);

        assertAt(p, "/events/0/source/translation", json, "\"Original one\"");
        assertThat(p.message(EN)).isEqualTo("expected texts by language in braces, such as \"en\": \"…\", found 'Original one'");
        assertThat(p.message(ZH)).isEqualTo("此处应为花括号中按语言分列的文本，例如 \"en\": \"…\"，实际为 'Original one'");
    }

    @Test
    void aTranslationThatIsNoTextIsAProblemAtItsValue() {
        String json = withTranslation("{ \"en\": [ \"Original\", \"one\" ] }");
        Problem p = onlyProblem(json);

        assertAt(p, "/events/0/source/translation/en", json, "[ \"Original\"");
        assertThat(p.message(EN)).isEqualTo("expected a text in double quotes, found [ … ]");
        assertThat(p.message(ZH)).isEqualTo("此处应为双引号中的文本，实际为 [ … ]");
    }

    @Test
    void theWriterKeepsTheTranslationAndItReadsBackTheSame() throws Exception {
        Timeline t = read(withTranslation("{ \"en\": \"Original one\" }"));

        String json = new TimelineWriter().toJson(t);
        Timeline back = read(json);

        assertThat(json).contains("\"translation\" : {\n        \"en\" : \"Original one\"");
        assertThat(back.events()).containsExactlyElementsOf(t.events());
        assertThat(back.event("first").orElseThrow().source().translation(Language.EN)).hasValue("Original one");
    }

    @Test
    void theModelRefusesATranslationIntoTheQuotesLanguageOrAnEmptyOne() {
        Source source = new Source("src", new org.timelineviewer.model.LocalizedText("来源", "Source"), null, null);
        assertThatThrownBy(() -> new SourceQuote(source, "原文", Map.of(Language.ZH, "原文")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SourceQuote(source, "Original", Map.of(Language.EN, "Original")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SourceQuote(source, "原文", Map.of(Language.EN, " ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new SourceQuote(source, "Original", Map.of(Language.ZH, "原文")).translation(Language.ZH)).hasValue("原文");
    }
}
