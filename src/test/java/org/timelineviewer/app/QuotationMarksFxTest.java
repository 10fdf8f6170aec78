package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.timelineviewer.io.TimelineFileReader;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Story;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;

/**
 * The bundled timeline's keynote quote begins with the quoted words in marks: the details pane
 * and the story's card show it with those marks only, not with a second pair around them.
 */
class QuotationMarksFxTest extends FxAppTest {

    static final Path BUNDLED = Path.of("assets/timelines/alibaba-ai-era.timeline");
    static final String KEYNOTE = "apsara-2024-keynote";

    @Test
    void theDetailsAndTheStepCardAddNoSecondMarksToAQuoteThatHasItsOwn() throws Exception {
        Timeline bundled = new TimelineFileReader().read(BUNDLED);
        TimelineEvent keynote = bundled.event(KEYNOTE).orElseThrow();
        String quote = keynote.source().quote();
        assertThat(quote).startsWith("“过去22个月");

        onFx(() -> {
            state().open(bundled);
            state().select(bundled.event(KEYNOTE).orElseThrow());
        });
        settle();
        assertThat(((Label) node("#details-quote")).getText()).isEqualTo(quote);

        Story story = new Story("keynote", bundled.title(), null, false, java.util.List.of(new Story.Step(keynote, null)));
        onFx(() -> storyMode().start(bundled, story, Language.ZH, stage));
        settle();
        Label card = (Label) storyMode().audience().lookup(".card-quote");
        assertThat(card.getText()).startsWith("“过去22个月").doesNotStartWith("““").startsWith(quote);
    }

    @Test
    void aQuoteWithoutMarksOfItsOwnIsShownInMarks() {
        TimelineEvent beta = state().getTimeline().event("beta-launch").orElseThrow();
        onFx(() -> state().select(beta));
        settle();
        assertThat(((Label) node("#details-quote")).getText()).isEqualTo("“Fixture passage for beta-launch.”");
    }
}
