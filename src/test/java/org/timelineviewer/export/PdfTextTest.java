package org.timelineviewer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfTextTest {

    /** Characters that must never start a line (the same set PdfText glues to the token before). */
    private static final String CLOSING = "，。、；：？！）》」』”’,.;:?!)]";

    private static final String ENGLISH = "Alibaba was founded in 1999 by Jack Ma and seventeen friends in a small "
            + "apartment in Hangzhou. Its first website connected Chinese manufacturers with overseas buyers, "
            + "and within a few years it had millions of registered users; Taobao followed in 2003 (as an answer "
            + "to eBay), then Alipay in 2004. In September 2014 the company listed in New York: the largest "
            + "initial public offering the world had seen, raising about 25 billion dollars.";

    private static final String CHINESE = "阿里巴巴于一九九九年在杭州的一间公寓里创立，最初的网站把中国的制造商和海外的买家连接起来。"
            + "几年之内，注册用户达到数百万；二〇〇三年推出淘宝，二〇〇四年推出支付宝（为了解决网上交易的信任问题）。"
            + "马云说：“让天下没有难做的生意。”这句话后来成了公司的使命、愿景与价值观的一部分！";

    private static final String MIXED = "阿里巴巴于2014年9月19日在纽约证券交易所上市，股票代码为 BABA，融资约250亿美元，"
            + "是当时全球规模最大的 IPO。Users in more than 190 countries and regions buy on AliExpress, "
            + "and “双十一” (Singles' Day) sales reached 268 billion yuan in 2019。天猫、淘宝与 Lazada 一起，"
            + "构成了 Alibaba 的电商版图。";

    private static PDDocument document;
    private static PDFont font;

    @BeforeAll
    static void loadFont() throws IOException {
        document = new PDDocument();
        font = PDType0Font.load(document, Path.of("assets/fonts/NotoSansSC-Regular.ttf").toFile());
    }

    @AfterAll
    static void closeDocument() throws IOException {
        if (document != null) {
            document.close();
        }
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("\\s", "");
    }

    private static float widestToken(String text, float size) throws IOException {
        float widest = 0;
        for (String token : PdfText.tokens(PdfText.drawable(text, font))) {
            widest = Math.max(widest, PdfText.width(token.strip(), font, size));
        }
        return widest;
    }

    /** The checks every wrapped paragraph must pass. */
    private static void assertWellWrapped(String text, float size, float width) throws IOException {
        assertThat(widestToken(text, size)).as("test text must have no token wider than %s", width).isLessThanOrEqualTo(width);

        List<String> lines = PdfText.wrap(text, font, size, width);

        String context = "size " + size + ", width " + width + ": " + lines;
        assertThat(lines).as(context).isNotEmpty();
        for (String line : lines) {
            assertThat(PdfText.width(line, font, size)).as("width of '%s' (%s)", line, context).isLessThanOrEqualTo(width);
            assertThat(line).as(context).isNotEmpty();
            assertThat(line.charAt(0)).as("first character of '%s' (%s)", line, context).isNotEqualTo(' ');
            assertThat(CLOSING.indexOf(line.charAt(0))).as("'%s' starts with closing punctuation (%s)", line, context)
                    .isEqualTo(-1);
            assertThat(line).as(context).doesNotEndWith(" ");
        }
        assertThat(withoutSpaces(String.join("", lines))).as(context).isEqualTo(withoutSpaces(text));
    }

    // ---------------------------------------------------------------- tokens

    @Test
    void englishWordsAndSpacesAreSeparateTokens() {
        assertThat(PdfText.tokens("The first website")).containsExactly("The", " ", "first", " ", "website");
    }

    @Test
    void everySpaceIsItsOwnToken() {
        assertThat(PdfText.tokens("a  b")).containsExactly("a", " ", " ", "b");
    }

    @Test
    void englishPunctuationStaysWithItsWord() {
        assertThat(PdfText.tokens("Hello, world. (Yes) ok!"))
                .containsExactly("Hello,", " ", "world.", " ", "(Yes)", " ", "ok!");
    }

    @Test
    void eachChineseCharacterIsItsOwnToken() {
        assertThat(PdfText.tokens("阿里巴巴")).containsExactly("阿", "里", "巴", "巴");
    }

    @Test
    void chineseClosingPunctuationSticksToTheCharacterBefore() {
        assertThat(PdfText.tokens("你好，世界。")).containsExactly("你", "好，", "世", "界。");
        assertThat(PdfText.tokens("他说“好”。")).endsWith("“好”。");
        assertThat(PdfText.tokens("（淘宝）、支付宝")).containsExactly("（淘", "宝）、", "支", "付", "宝");
    }

    @Test
    void anOpeningMarkStaysWithWhatFollowsSoNoLineEndsWithIt() {
        assertThat(PdfText.tokens("马云说：“让天下")).containsExactly("马", "云", "说：", "“让", "天", "下");
        assertThat(PdfText.tokens("see (the notes)")).containsExactly("see", " ", "(the", " ", "notes)");
    }

    @Test
    void closingPunctuationAfterAnEnglishWordSticksToIt() {
        assertThat(PdfText.tokens("IPO，然后")).containsExactly("IPO，", "然", "后");
        assertThat(PdfText.tokens("(Singles' Day) 双十一")).containsExactly("(Singles'", " ", "Day)", " ", "双", "十", "一");
    }

    @Test
    void chineseAndEnglishSeparateAtTheScriptBoundary() {
        assertThat(PdfText.tokens("阿里巴巴 Users")).containsExactly("阿", "里", "巴", "巴", " ", "Users");
        assertThat(PdfText.tokens("2014年9月")).containsExactly("2014", "年", "9", "月");
    }

    @Test
    void noTokenStartsWithClosingPunctuationUnlessTheTextDoes() {
        for (String text : List.of(ENGLISH, CHINESE, MIXED)) {
            List<String> tokens = PdfText.tokens(text);
            assertThat(String.join("", tokens)).isEqualTo(text);
            for (String token : tokens.subList(1, tokens.size())) {
                assertThat(CLOSING.indexOf(token.charAt(0))).as("token '%s' in %s", token, tokens).isEqualTo(-1);
            }
        }
    }

    @Test
    void tokensOfNothingAreNothing() {
        assertThat(PdfText.tokens("")).isEmpty();
    }

    // ---------------------------------------------------------------- wrap

    @ParameterizedTest
    @ValueSource(floats = {120, 200, 333, 523})
    void longEnglishFitsTheWidth(float width) throws IOException {
        assertWellWrapped(ENGLISH, 11.5f, width);
        assertThat(PdfText.wrap(ENGLISH, font, 11.5f, width)).hasSizeGreaterThan(1);
    }

    @ParameterizedTest
    @ValueSource(floats = {40, 97, 200, 333, 523})
    void longChineseFitsTheWidth(float width) throws IOException {
        assertWellWrapped(CHINESE, 11.5f, width);
        assertThat(PdfText.wrap(CHINESE, font, 11.5f, width)).hasSizeGreaterThan(1);
    }

    @ParameterizedTest
    @ValueSource(floats = {150, 200, 333, 523})
    void mixedTextFitsTheWidth(float width) throws IOException {
        assertWellWrapped(MIXED, 11.5f, width);
    }

    @Test
    void everyWidthFromNarrowToWideWrapsWell() throws IOException {
        for (float size : new float[] {9, 11.5f, 18}) {
            float narrowest = Math.max(widestToken(ENGLISH, size), Math.max(widestToken(CHINESE, size), widestToken(MIXED, size)));
            for (float width = narrowest; width < 600; width += 13) {
                assertWellWrapped(ENGLISH, size, width);
                assertWellWrapped(CHINESE, size, width);
                assertWellWrapped(MIXED, size, width);
            }
        }
    }

    @Test
    void wrappedEnglishJoinedWithSingleSpacesIsTheOriginal() throws IOException {
        List<String> lines = PdfText.wrap(ENGLISH, font, 11.5f, 200);

        assertThat(lines).hasSizeGreaterThan(3);
        assertThat(String.join(" ", lines)).isEqualTo(ENGLISH);
    }

    @Test
    void wrappedChineseJoinedWithoutSeparatorIsTheOriginal() throws IOException {
        List<String> lines = PdfText.wrap(CHINESE, font, 11.5f, 150);

        assertThat(lines).hasSizeGreaterThan(3);
        assertThat(String.join("", lines)).isEqualTo(CHINESE);
    }

    @Test
    void shortTextIsOneLine() throws IOException {
        assertThat(PdfText.wrap("阿里巴巴 Users", font, 11.5f, 523)).containsExactly("阿里巴巴 Users");
    }

    @Test
    void aLineIsFilledBeforeBreaking() throws IOException {
        // each line could not take the first token of the next line
        float width = 200;
        List<String> lines = PdfText.wrap(ENGLISH, font, 11.5f, width);
        for (int i = 0; i + 1 < lines.size(); i++) {
            String nextWord = lines.get(i + 1).split(" ")[0];
            assertThat(PdfText.width(lines.get(i) + " " + nextWord, font, 11.5f)).as("line %s: '%s' + '%s'", i, lines.get(i), nextWord)
                    .isGreaterThan(width);
        }
    }

    @Test
    void anExplicitNewlineStartsANewLine() throws IOException {
        assertThat(PdfText.wrap("第一行\nsecond line", font, 11.5f, 523)).containsExactly("第一行", "second line");
        assertThat(PdfText.wrap("a\n\nb", font, 11.5f, 523)).containsExactly("a", "", "b");
    }

    @Test
    void eachParagraphIsWrappedOnItsOwn() throws IOException {
        List<String> lines = PdfText.wrap(CHINESE + "\n" + ENGLISH, font, 11.5f, 200);

        List<String> chinese = PdfText.wrap(CHINESE, font, 11.5f, 200);
        List<String> english = PdfText.wrap(ENGLISH, font, 11.5f, 200);
        assertThat(lines).hasSize(chinese.size() + english.size());
        assertThat(lines.subList(0, chinese.size())).containsExactlyElementsOf(chinese);
        assertThat(lines.subList(chinese.size(), lines.size())).containsExactlyElementsOf(english);
        assertThat(lines.get(chinese.size())).startsWith("Alibaba was");
    }

    @Test
    void emptyTextIsOneEmptyLine() throws IOException {
        assertThat(PdfText.wrap("", font, 11.5f, 523)).containsExactly("");
    }

    @Test
    void charactersTheFontLacksAreWrappedAsQuestionMarks() throws IOException {
        assertThat(PdfText.wrap("好😀好", font, 11.5f, 523)).containsExactly("好?好");
    }

    @Test
    void aSpaceBeforeClosingPunctuationNeverStartsALine() throws IOException {
        // people often type a space between a Latin word and the Chinese punctuation after it
        String text = "阿里巴巴在纽约上市，股票代码为 BABA ，融资约 250 亿美元 。这是当时全球规模最大的 IPO ，"
                + "超过了 Visa 和 Facebook 。Is that really true ? Yes , it is .";
        List<String> badLines = new ArrayList<>();
        for (float width = widestToken(text, 11.5f); width < 523; width += 3) {
            for (String line : PdfText.wrap(text, font, 11.5f, width)) {
                if (line.startsWith(" ") || CLOSING.indexOf(line.charAt(0)) >= 0) {
                    badLines.add("width " + width + ": '" + line + "'");
                }
            }
        }
        assertThat(badLines).isEmpty();
    }

    @Test
    void aWordWiderThanTheLineIsBroken() throws IOException {
        String url = "https://www.alibabagroup.com/en-US/about-alibaba-businesses-1496655217135599616";
        float width = 150;
        assertThat(PdfText.width(url, font, 11.5f)).isGreaterThan(width);

        List<String> lines = PdfText.wrap("See " + url + " for more.", font, 11.5f, width);

        for (String line : lines) {
            assertThat(PdfText.width(line, font, 11.5f)).as("'%s'", line).isLessThanOrEqualTo(width);
        }
        assertThat(withoutSpaces(String.join("", lines))).isEqualTo(withoutSpaces("See " + url + " for more."));
    }

    // ---------------------------------------------------------------- drawable

    @Test
    void anEmojiTheFontLacksBecomesOneQuestionMark() {
        assertThat(PdfText.drawable("上市😀了", font)).isEqualTo("上市?了");
    }

    @Test
    void aRareChineseCharacterOutsideTheSubsetBecomesAQuestionMark() {
        assertThat(PdfText.drawable("龘", font)).isEqualTo("?");
    }

    @Test
    void drawableTextIsUnchanged() {
        assertThat(PdfText.drawable("阿里巴巴 Users", font)).isEqualTo("阿里巴巴 Users");
        assertThat(PdfText.drawable(MIXED, font)).isEqualTo(MIXED);
        assertThat(PdfText.drawable(CHINESE, font)).isEqualTo(CHINESE);
        assertThat(PdfText.drawable(ENGLISH, font)).isEqualTo(ENGLISH);
    }

    @Test
    void newlinesAreKept() {
        assertThat(PdfText.drawable("第一行\n😀\nline", font)).isEqualTo("第一行\n?\nline");
    }

    @Test
    void theResultCanBeMeasured() throws IOException {
        String text = PdfText.drawable("龘😀阿里巴巴 Users", font);

        assertThat(PdfText.width(text, font, 12)).isPositive();
    }

    @Test
    void widthGrowsWithSizeAndText() throws IOException {
        assertThat(PdfText.width("", font, 12)).isZero();
        assertThat(PdfText.width("阿里巴巴", font, 12)).isCloseTo(48f, Offset.offset(0.5f));
        assertThat(PdfText.width("阿里巴巴", font, 24)).isCloseTo(2 * PdfText.width("阿里巴巴", font, 12),
                Offset.offset(0.01f));
        assertThat(PdfText.width("Users", font, 12)).isLessThan(PdfText.width("Users Users", font, 12));
    }

    @Test
    void namesAreNotSplitAcrossLines() throws IOException {
        List<String> names = List.of("阿里巴巴", "月之暗面", "智谱AI", "百川智能", "微软", "OpenAI", "财中社", "斯坦福大学");
        float width = PdfText.width("阿里巴巴  ·  月之暗面  ·  智谱", font, 10);
        List<String> lines = PdfText.wrapItems(names, "  ·  ", font, 10, width);
        assertThat(lines).hasSizeGreaterThan(1);
        for (String line : lines) {
            assertThat(PdfText.width(line, font, 10)).isLessThanOrEqualTo(width);
            for (String piece : line.split("  ·  ")) {
                assertThat(names).as("a whole name on line %s", line).contains(piece);
            }
        }
        assertThat(String.join("  ·  ", lines)).isEqualTo(String.join("  ·  ", names));
    }

    @Test
    void fittedCutsWithAnEllipsisOnlyWhenNeeded() throws IOException {
        assertThat(PdfText.fitted("Daniel Zhang as CEO", font, 7, 500)).isEqualTo("Daniel Zhang as CEO");
        String cut = PdfText.fitted("Daniel Zhang as CEO", font, 7, 40);
        assertThat(cut).endsWith("…").startsWith("Dan");
        assertThat(PdfText.width(cut, font, 7)).isLessThanOrEqualTo(40);
    }
}
