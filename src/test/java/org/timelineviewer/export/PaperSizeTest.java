package org.timelineviewer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import org.junit.jupiter.api.Test;
import org.timelineviewer.model.Language;
import org.timelineviewer.presentation.ViewerState;
import org.timelineviewer.testing.UiFixture;

class PaperSizeTest {

    @Test
    void letterInTheUsCanadaAndTheOtherLetterCountriesA4Elsewhere() {
        for (Locale letter : new Locale[] {Locale.US, Locale.CANADA, Locale.CANADA_FRENCH, new Locale("es", "MX"),
                new Locale("en", "PH")}) {
            assertThat(PaperSize.forLocale(letter)).as(letter.toString()).isEqualTo(PaperSize.LETTER);
        }
        for (Locale a4 : new Locale[] {Locale.UK, Locale.CHINA, Locale.GERMANY, Locale.JAPAN, new Locale("en", "AU"),
                Locale.ENGLISH, Locale.ROOT}) {
            assertThat(PaperSize.forLocale(a4)).as(a4.toString()).isEqualTo(PaperSize.A4);
        }
    }

    @Test
    void codesAreReadInAnyCaseAndNothingElse() {
        assertThat(PaperSize.fromCode("a4")).contains(PaperSize.A4);
        assertThat(PaperSize.fromCode("LETTER")).contains(PaperSize.LETTER);
        assertThat(PaperSize.fromCode("a5")).isEmpty();
        assertThat(PaperSize.fromCode(null)).isEqualTo(Optional.empty());
        assertThat(PaperSize.A4.width()).isLessThan(PaperSize.A4.height());
        assertThat(PaperSize.LETTER.width()).isEqualTo(8.5f * 72);
    }

    @Test
    void theSaveDialogOffersBothPapersTheLastChosenFirst() {
        ExportActions actions = new ExportActions(new ViewerState(UiFixture.timeline(), Language.EN));
        FileChooser chooser = actions.pdfChooser(false);
        assertThat(chooser.getExtensionFilters()).extracting(FileChooser.ExtensionFilter::getDescription)
                .containsExactly("PDF handout, A4 paper", "PDF handout, US Letter paper");
        assertThat(ExportActions.paperOf(chooser)).as("the locale's paper, chosen at first").isEqualTo(PaperSize.ofSystem());
        chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(1));
        assertThat(ExportActions.paperOf(chooser)).isEqualTo(PaperSize.LETTER);
        chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(0));
        assertThat(ExportActions.paperOf(chooser)).isEqualTo(PaperSize.A4);
    }
}
