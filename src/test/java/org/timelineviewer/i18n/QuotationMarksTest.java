package org.timelineviewer.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuotationMarksTest {

    @Test
    void aPassageWithoutMarksIsWrappedInCurlyMarks() {
        assertThat(QuotationMarks.around("Users first, AI-driven.")).isEqualTo("“Users first, AI-driven.”");
        assertThat(QuotationMarks.around("阿里巴巴的未来")).isEqualTo("“阿里巴巴的未来”");
    }

    @Test
    void aPassageThatOpensWithTheQuotedWordsIsLeftAsItIs() {
        // The bundled timeline's keynote: the quoted words in marks, then the article's narration.
        String keynote = "“过去22个月,AI发展速度超过任何历史时期。”2024年9月,吴泳铭称。";
        assertThat(QuotationMarks.around(keynote)).isEqualTo(keynote);
    }

    @ParameterizedTest
    @ValueSource(strings = {"“opens", "closes”", "\"straight\"", "「角括号」", "『双角括号』", "‘single’",
            "  “spaced”  ", "他说“用户为先”", "」odd"})
    void aPassageBeginningOrEndingWithAnyMarkGetsNoMore(String passage) {
        assertThat(QuotationMarks.around(passage)).isEqualTo(passage);
    }

    @Test
    void anEmptyPassageGetsNoMarks() {
        assertThat(QuotationMarks.around("")).isEmpty();
        assertThat(QuotationMarks.around("  ")).isEqualTo("  ");
    }
}
