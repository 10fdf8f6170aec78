package org.timelineviewer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The check that lets a clean file be parsed from its bytes accepts exactly the UTF-8 the JDK's
 * strict decoder accepts, and stops at the same byte: Jackson's byte parser would let overlong
 * forms and surrogates through into titles.
 */
class Utf8TextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "41", "c280", "dfbf", "e0a080", "e4b8ad", "ed9fbf", "ee8080", "efbfbf", "f0908080",
        "f48fbfbf", "efbbbf41", "4142434445464748e4b8ad4142434445464748"})
    void wellFormedSequencesPass(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        assertThat(Utf8Text.firstIllFormed(bytes, 0)).isEqualTo(-1).isEqualTo(jdkFirstError(bytes));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "80", "bf", // a continuation byte on its own
        "c080", "c1bf", "e08080", "e09fbf", "f0808080", "f08fbfbf", // overlong forms
        "eda080", "edbfbf", // surrogates (U+D800, U+DFFF)
        "f4908080", "f5808080", "ff", "fe", // past U+10FFFF, bytes UTF-8 never uses
        "c2", "e4b8", "f09080", "c241", "e441ad", "f0904180"}) // cut short, or a character where a continuation belongs
    void illFormedSequencesAreFoundWhereTheDecoderFindsThem(String hex) {
        for (String before : new String[] {"", "41", "4142434445464748", "41424344454647e4b8ad"}) {
            byte[] bytes = HexFormat.of().parseHex(before + hex + "4142");
            int expected = jdkFirstError(bytes);
            assertThat(expected).as("the JDK rejects %s", hex).isGreaterThanOrEqualTo(0);
            assertThat(Utf8Text.firstIllFormed(bytes, 0)).as("%s after %s", hex, before).isEqualTo(expected);
        }
    }

    @Test
    void randomTextWithRandomDamageIsJudgedAsTheDecoderJudgesIt() {
        Random random = new Random(13);
        String alphabet = "abc {}\":,0123 中文的时间线 é ß 😀 𝄞 ";
        int damaged = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 0 && random.nextBoolean()) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            int expected = jdkFirstError(bytes);
            damaged += expected >= 0 ? 1 : 0;
            assertThat(Utf8Text.firstIllFormed(bytes, 0)).as(HexFormat.of().formatHex(bytes)).isEqualTo(expected);
        }
        assertThat(damaged).as("some of the damage made bytes that are not UTF-8").isGreaterThan(2_000);
    }

    @Test
    void textInUtf16IsNotTakenForUtf8() {
        byte[] utf16 = "{\"format\": 1}".getBytes(StandardCharsets.UTF_16LE);
        assertThat(Utf8Text.firstIllFormed(utf16, 0)).as("zero bytes are ASCII").isEqualTo(-1);
        assertThat(Utf8Text.isStrictUtf8(utf16, 0)).isFalse();
    }

    /** Where the JDK's strict decoder first stops, or -1 when it decodes everything. */
    private static int jdkFirstError(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 2);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return in.position();
        }
        return decoder.flush(out).isError() ? in.position() : -1;
    }
}
