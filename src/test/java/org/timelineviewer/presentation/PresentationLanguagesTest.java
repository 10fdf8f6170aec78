package org.timelineviewer.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timelineviewer.model.Language;

/**
 * A presentation's two languages (the audience's, which may be both, and the notes') and the
 * notes' text size.
 */
class PresentationLanguagesTest {

    private static Presentation presentation(Language language) {
        return new Presentation(PresentationTest.story(3, true),
                new TestClock(PresentationTest.START, ZoneId.of("UTC")), language);
    }

    /** The audience's languages as L shows them: "zh", "en", "zh+en". */
    private static String audience(Presentation p) {
        return p.bilingual() ? p.language().code() + "+" + p.language().other().code() : p.language().code();
    }

    @Test
    void theNotesStartInTheMainWindowsLanguageAndTheAudienceReadsOneLanguage() {
        Presentation p = presentation(Language.ZH);

        assertThat(p.notesLanguage()).isEqualTo(Language.ZH);
        assertThat(p.language()).isEqualTo(Language.ZH);
        assertThat(p.bilingual()).isFalse();
    }

    @Test
    void lCyclesChineseEnglishBothAndBackToChinese() {
        Presentation p = presentation(Language.ZH);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            p.cycleLanguage();
            seen.add(audience(p));
        }
        assertThat(seen).containsExactly("en", "zh+en", "zh", "en", "zh+en", "zh");
    }

    @Test
    void fromEnglishTheNextIsBothWithChineseFirst() {
        Presentation p = presentation(Language.EN);

        p.cycleLanguage();

        assertThat(audience(p)).isEqualTo("zh+en");
        assertThat(p.languageProperty().get()).as("the timeline's labels: the first of the pair").isEqualTo(Language.ZH);
        assertThat(p.bilingualProperty().get()).isTrue();
    }

    @Test
    void theNotesLanguageIsIndependentOfTheAudiencesLanguage() {
        Presentation p = presentation(Language.EN);

        p.setLanguage(Language.ZH);
        assertThat(p.notesLanguage()).as("the audience in Chinese, the notes still in English").isEqualTo(Language.EN);
        p.cycleLanguage();
        p.cycleLanguage();
        assertThat(p.notesLanguage()).isEqualTo(Language.EN);

        p.toggleNotesLanguage();
        assertThat(p.notesLanguage()).isEqualTo(Language.ZH);
        assertThat(audience(p)).as("the notes' switch leaves the audience alone").isEqualTo("zh+en");
        p.toggleNotesLanguage();
        assertThat(p.notesLanguageProperty().get()).isEqualTo(Language.EN);

        p.setNotesLanguage(null);
        assertThat(p.notesLanguage()).as("null keeps the notes' language").isEqualTo(Language.EN);
        p.setNotesLanguage(Language.ZH);
        assertThat(p.notesLanguage()).isEqualTo(Language.ZH);
        assertThat(p.language()).isEqualTo(Language.ZH);
    }

    @Test
    void bilingualCanBeSetAndTheOtherLanguageFirst() {
        Presentation p = presentation(Language.EN);

        p.setBilingual(true);
        assertThat(audience(p)).isEqualTo("en+zh");
        p.toggleLanguage();
        assertThat(audience(p)).isEqualTo("zh+en");
        p.setBilingual(false);
        assertThat(audience(p)).isEqualTo("zh");
    }

    @Test
    void notesGrowAndShrinkInStepsWithinTheLimits() {
        Presentation p = presentation(Language.EN);
        assertThat(p.notesSize()).isEqualTo(NotesSize.DEFAULT).isEqualTo(24);

        p.enlargeNotes();
        assertThat(p.notesSizeProperty().get()).isEqualTo(26);
        for (int i = 0; i < 20; i++) {
            p.enlargeNotes();
        }
        assertThat(p.notesSize()).as("at most").isEqualTo(NotesSize.MAX).isEqualTo(40);
        p.shrinkNotes();
        assertThat(p.notesSize()).isEqualTo(38);
        for (int i = 0; i < 20; i++) {
            p.shrinkNotes();
        }
        assertThat(p.notesSize()).as("at least").isEqualTo(NotesSize.MIN).isEqualTo(14);
    }

    @Test
    void aRememberedSizeIsKeptWithinTheLimitsAndOnAStep() {
        Presentation p = presentation(Language.EN);

        p.setNotesSize(32);
        assertThat(p.notesSize()).isEqualTo(32);
        p.setNotesSize(100);
        assertThat(p.notesSize()).isEqualTo(40);
        p.setNotesSize(3);
        assertThat(p.notesSize()).isEqualTo(14);
        p.setNotesSize(Double.NaN);
        assertThat(p.notesSize()).isEqualTo(NotesSize.DEFAULT);
        p.setNotesSize(29.2);
        assertThat(p.notesSize()).as("on a step").isEqualTo(30);
    }
}
