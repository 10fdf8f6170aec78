package org.timelineviewer.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedTextsTest {

    /** Every string value of {@code json}, each through one {@link SharedTexts}. */
    private static List<String> read(String json, SharedTexts shared) throws Exception {
        List<String> out = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            for (JsonToken t; (t = parser.nextToken()) != null; ) {
                if (t == JsonToken.VALUE_STRING) {
                    out.add(shared.of(parser));
                }
            }
        }
        return out;
    }

    @Test
    void aShortTextMetAgainIsTheSameCopyAndTextsOfOneHashStayApart() throws Exception {
        String longText = "a title longer than twenty-four characters";
        List<String> texts = read("[\"2020-01-01\", \"Aa\", \"BB\", \"2020-01-01\", \"\", \"\", \"" + longText
                + "\", \"" + longText + "\", \"中文\", \"中文\"]", new SharedTexts());

        assertThat(texts).containsExactly("2020-01-01", "Aa", "BB", "2020-01-01", "", "", longText, longText, "中文", "中文");
        assertThat(texts.get(3)).isSameAs(texts.get(0));
        assertThat(texts.get(5)).isSameAs(texts.get(4));
        assertThat(texts.get(9)).isSameAs(texts.get(8));
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(texts.get(7)).as("a long text is not kept").isNotSameAs(texts.get(6));
    }

    @Test
    void keepsFindingTextsAsItGrowsAndKeepsNoMoreThanItsBound() throws Exception {
        StringBuilder json = new StringBuilder("[");
        int distinct = SharedTexts.MAX_TEXTS + 100;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < distinct; i++) {
                json.append(json.length() > 1 ? "," : "").append("\"t").append(i).append('"');
            }
        }
        SharedTexts shared = new SharedTexts();
        List<String> texts = read(json.append(']').toString(), shared);

        assertThat(shared.size()).isEqualTo(SharedTexts.MAX_TEXTS);
        for (int i = 0; i < distinct; i++) {
            assertThat(texts.get(distinct + i)).isEqualTo("t" + i);
        }
        assertThat(texts.get(distinct + 7)).isSameAs(texts.get(7));
        assertThat(texts.get(distinct + SharedTexts.MAX_TEXTS - 1)).isSameAs(texts.get(SharedTexts.MAX_TEXTS - 1));
        assertThat(texts.get(distinct + SharedTexts.MAX_TEXTS)).isNotSameAs(texts.get(SharedTexts.MAX_TEXTS));
    }
}
