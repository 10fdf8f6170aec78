package org.timelineviewer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.timelineviewer.model.DatePrecision;
import org.timelineviewer.model.EventStatus;
import org.timelineviewer.model.HistoricDate;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.LocalizedText;
import org.timelineviewer.model.MoneyAmount;
import org.timelineviewer.model.Timeline;
import org.timelineviewer.model.TimelineEvent;

class BundledTimelineTest {

    /**
     * The number of events in the bundled timeline as it is today. Adding or removing an event
     * in assets/timelines/alibaba-ai-era.timeline must update this number.
     */
    static final int EXPECTED_EVENT_COUNT = 20;

    static final Path FILE = Path.of("assets/timelines/alibaba-ai-era.timeline");
    static final String RESOURCE = "/assets/timelines/alibaba-ai-era.timeline";
    static final Path SOURCE_TEXT = Path.of("src/test/resources/sources/sina-2025-02.txt");
    static final Path FONT = Path.of("assets/fonts/NotoSansSC-Regular.ttf");

    private static Timeline timeline;

    @BeforeAll
    static void load() throws Exception {
        timeline = new TimelineFileReader().read(FILE);
    }

    @Test
    void loadsFromTheFileSystemWithoutProblems() throws Exception {
        assertThat(Files.isRegularFile(FILE)).as(FILE.toAbsolutePath().toString()).isTrue();
        Timeline t = new TimelineFileReader().read(FILE);
        assertThat(t.events()).hasSize(EXPECTED_EVENT_COUNT);
    }

    @Test
    void loadsFromTheClassPathWithTheSameContent() throws Exception {
        InputStream in = BundledTimelineTest.class.getResourceAsStream(RESOURCE);
        assertThat(in).as("class path resource " + RESOURCE).isNotNull();

        Timeline fromJar = new TimelineFileReader().read("alibaba-ai-era.timeline", in);

        assertThat(fromJar.events()).hasSize(EXPECTED_EVENT_COUNT);
        assertThat(fromJar.events()).isEqualTo(timeline.events());
        assertThat(fromJar.title()).isEqualTo(timeline.title());
    }

    @Test
    void hasTheExpectedNumberOfEvents() {
        assertThat(timeline.events()).hasSize(EXPECTED_EVENT_COUNT);
    }

    @Test
    void idsAreUnique() {
        List<String> ids = timeline.events().stream().map(TimelineEvent::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void everyQuoteIsVerbatimInTheSource() throws IOException {
        String source = Files.readString(SOURCE_TEXT, StandardCharsets.UTF_8);
        for (TimelineEvent e : timeline.events()) {
            assertThat(e.source()).as(e.id()).isNotNull();
            assertThat(e.source().source().id()).as(e.id()).isEqualTo("sina-2025-02");
            assertThat(source).as("quote of %s", e.id()).contains(e.source().quote());
        }
    }

    @Test
    void everyEventHasTitleAndSummaryInBothLanguages() {
        for (TimelineEvent e : timeline.events()) {
            for (Language language : Language.values()) {
                assertThat(e.title().in(language)).as("%s title %s", e.id(), language).isNotBlank();
                assertThat(e.summary().in(language)).as("%s summary %s", e.id(), language).isNotBlank();
            }
            assertThat(e.title().zh()).as(e.id()).isNotEqualTo(e.title().en());
        }
    }

    @Test
    void ceoChangeIsInSeptember2023() {
        TimelineEvent e = timeline.event("ceo-change").orElseThrow();

        assertThat(e.start()).isEqualTo(HistoricDate.ofMonth(2023, 9));
        assertThat(e.status()).isEqualTo(EventStatus.CONFIRMED);
        assertThat(e.importance()).isEqualTo(3);
        assertThat(e.category().id()).isEqualTo("leadership");
        assertThat(e.people()).extracting(LocalizedText::en).contains("Eddie Wu", "Daniel Zhang");
    }

    @Test
    void sunArtSaleIsOnFifthFebruary2025() {
        TimelineEvent e = timeline.event("sun-art-sale").orElseThrow();

        assertThat(e.start().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(e.start().startDay()).isEqualTo(LocalDate.of(2025, 2, 5).toEpochDay());
        assertThat(e.status()).isEqualTo(EventStatus.CONFIRMED);
        assertThat(e.amounts()).extracting(MoneyAmount::currency).contains("HKD");
    }

    @Test
    void deepSeekRumourAndItsDenial() {
        TimelineEvent rumour = timeline.event("deepseek-investment-rumour").orElseThrow();
        TimelineEvent denial = timeline.event("deepseek-rumour-denied").orElseThrow();

        // The rumour is marked as denied (rumoured, then denied by Alibaba); the denial itself is a fact.
        assertThat(rumour.status()).isEqualTo(EventStatus.DENIED);
        assertThat(denial.status()).isEqualTo(EventStatus.CONFIRMED);
        assertThat(rumour.status().isDoubtful()).isTrue();
        assertThat(denial.status().isDoubtful()).isFalse();
        assertThat(denial.start().compareTo(rumour.start())).isGreaterThanOrEqualTo(0);
    }

    /** The step of the bundled story that presents {@code eventId}. */
    private static LocalizedText notesOf(String eventId) {
        return timeline.stories().get(0).steps().stream()
                .filter(s -> s.event().id().equals(eventId))
                .findFirst().orElseThrow().notes();
    }

    private static LocalizedText descriptionOf(String eventId) {
        return timeline.event(eventId).orElseThrow().descriptionText().orElseThrow();
    }

    @Test
    void theEscrowAccountIsReportedNotStated() {
        // The article: "据透露,……阿里的资金并未直接转给被投企业,而是被存放在一个代管账户中".
        assertThat(descriptionOf("ft-compute-credit-investments").zh()).contains("据透露").doesNotStartWith("文章称");
        assertThat(descriptionOf("ft-compute-credit-investments").en()).startsWith("Reportedly,");
        assertThat(notesOf("ft-compute-credit-investments").zh()).contains("据透露，资金");
        assertThat(notesOf("ft-compute-credit-investments").en()).contains("Reportedly, the money");
    }

    @Test
    void taobaoAndTmallFallRelativelyShort() {
        // The article: "……扭转拼多多、抖音等新晋电商巨头导致的淘(宝)天(猫)购买体验相对不足的用户认知".
        assertThat(descriptionOf("ceo-change").zh()).contains("相对不足", "拼多多、抖音");
        assertThat(descriptionOf("ceo-change").en()).contains("relatively short", "PDD and Douyin");
    }

    @Test
    void the01AiTeamsWouldJoinTheLab() {
        // The article: "零一万物大部分训练和AI infra团队会加入该实验室,成为阿里员工".
        assertThat(notesOf("yi-joint-lab").zh()).contains("将加入实验室");
        assertThat(notesOf("yi-joint-lab").en()).contains("would join it");
    }

    @Test
    void theTripleDigitExampleIsJoeTsais() {
        // The article relays it as part of what 蔡崇信 said: "像阿里2024财年四季度……增长了三位数".
        assertThat(descriptionOf("ai-revenue-triple-digit").zh()).contains("蔡崇信还举例").doesNotContain("文章以");
        assertThat(descriptionOf("ai-revenue-triple-digit").en()).contains("Tsai gave an example")
                .doesNotContain("the article cites");
        assertThat(notesOf("ai-revenue-triple-digit").zh()).contains("他举的例子").doesNotContain("文章举的例子");
        assertThat(notesOf("ai-revenue-triple-digit").en()).contains("His example").doesNotContain("The article’s example");
        // The summary the card shows says whose example it is too.
        assertThat(timeline.event("ai-revenue-triple-digit").orElseThrow().summary().zh()).startsWith("据蔡崇信所举的例子");
        assertThat(timeline.event("ai-revenue-triple-digit").orElseThrow().summary().en()).startsWith("By Joe Tsai’s example");
    }

    @Test
    void zhouChangsDepartureIsPlacedBesideTheConcernNotBlamedForIt() {
        assertThat(descriptionOf("zhou-chang-departure").zh()).doesNotContain("引发", "加重");
        assertThat(descriptionOf("zhou-chang-departure").en()).doesNotContain("feeding", "fed ");
        assertThat(notesOf("zhou-chang-departure").zh()).doesNotContain("加重", "引发");
        assertThat(notesOf("zhou-chang-departure").en()).doesNotContain("fed ", "feeding");
    }

    @Test
    void kanYiDaoIsSlashThePrice() {
        assertThat(descriptionOf("pdd-overtakes-alibaba").en()).contains("“slash the price” (砍一刀)")
                .doesNotContain("chop");
        assertThat(notesOf("pdd-overtakes-alibaba").en()).contains("“slash the price”").doesNotContain("chop");
    }

    @Test
    void figuresAreTracedToTheSentenceTheyComeFrom() {
        // The book loss is the article's own rough estimate, in the sentence that starts "按此简单测算".
        TimelineEvent sale = timeline.event("sun-art-sale").orElseThrow();
        assertThat(sale.source().quote()).contains("131.38亿港元", "按此简单测算", "已高逾370亿港元", "约为人民币93亿元");
        assertThat(sale.descriptionText().orElseThrow().zh()).contains("按文章的简单测算");
        assertThat(sale.descriptionText().orElseThrow().en()).contains("the article’s simple estimate");
        // The 97% and the RMB 0.5 come from the paragraph "吴泳铭同时指出……".
        TimelineEvent keynote = timeline.event("apsara-2024-keynote").orElseThrow();
        assertThat(keynote.source().quote()).contains("2024云栖大会", "吴泳铭同时指出", "推理成本下降97%", "百万token调用花费低至5毛");
    }

    @Test
    void allDatesAreWithin2017To2025() {
        for (TimelineEvent e : timeline.events()) {
            assertThat(e.start().year()).as(e.id()).isBetween(2017L, 2025L);
            e.endDate().ifPresent(end -> assertThat(end.year()).as(e.id()).isBetween(2017L, 2025L));
        }
        assertThat(timeline.events().get(0).start().year()).isEqualTo(2017);
    }

    @Test
    void relatedIdsAllResolve() {
        for (TimelineEvent e : timeline.events()) {
            assertThat(timeline.related(e)).as(e.id()).hasSameSizeAs(e.relatedIds());
        }
    }

    @Test
    void bundledFontDisplaysEveryChineseTextQuoteAndUiString() throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, FONT.toFile());
        List<String> texts = new ArrayList<>();
        texts.add(timeline.title().zh());
        timeline.subtitle().ifPresent(s -> texts.add(s.zh()));
        timeline.sources().forEach(s -> texts.add(s.name().zh()));
        timeline.categories().forEach(c -> texts.add(c.label().zh()));
        timeline.eras().forEach(era -> texts.add(era.label().zh()));
        for (TimelineEvent e : timeline.events()) {
            texts.add(e.title().zh());
            texts.add(e.summary().zh());
            e.descriptionText().ifPresent(d -> texts.add(d.zh()));
            e.people().forEach(p -> texts.add(p.zh()));
            e.organizations().forEach(o -> texts.add(o.zh()));
            e.amounts().stream().filter(a -> a.label() != null).forEach(a -> texts.add(a.label().zh()));
            texts.add(e.source().quote());
            e.source().translation(Language.EN).ifPresent(texts::add);
        }
        for (Language language : Language.values()) {
            Properties props = new Properties();
            String resource = "/org/timelineviewer/i18n/messages_" + language.code() + ".properties";
            try (InputStream in = BundledTimelineTest.class.getResourceAsStream(resource)) {
                props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(props).isNotEmpty();
            props.stringPropertyNames().forEach(k -> texts.add(props.getProperty(k)));
        }

        // The check can fail: the subset has no Hangul.
        assertThat(font.canDisplayUpTo("AB\uD55C")).isEqualTo(2);
        assertThat(texts).hasSizeGreaterThan(EXPECTED_EVENT_COUNT * 3);
        for (String text : texts) {
            int bad = font.canDisplayUpTo(text);
            assertThat(bad).as("font cannot display U+%04X in: %s",
                    bad < 0 ? 0 : text.codePointAt(bad), text).isEqualTo(-1);
        }
    }
    @Test
    void everyQuoteHasAnEnglishTranslationWithTheQuotesFigures() {
        for (TimelineEvent e : timeline.events()) {
            if (e.source() == null) {
                continue;
            }
            String quote = e.source().quote();
            String english = e.source().translation(Language.EN).orElse("");
            assertThat(english).as("English translation of %s", e.id()).isNotBlank().isNotEqualTo(quote);
            assertThat(english.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .as("Chinese left in the translation of %s", e.id()).isEmpty();
            assertThat(QuoteFigures.missing(quote, english)).as("figures of %s's quote not in its translation", e.id())
                    .isEmpty();
        }
    }

    @Test
    void quoteFiguresAreFoundMissing() {
        assertThat(QuoteFigures.missing("以224亿港元收购36.16%的股份", "for HK$22.4 billion, 36.16% of the shares")).isEmpty();
        assertThat(QuoteFigures.missing("以224亿港元收购36.16%的股份", "for HK$224 million, 36.16% of the shares"))
                .containsExactly("224亿");
        assertThat(QuoteFigures.missing("收购36.16%的股份", "36.16 of the shares")).containsExactly("36.16%");
        assertThat(QuoteFigures.missing("2月6日，8 位数", "On February 6, an 8-figure")).isEmpty();
        assertThat(QuoteFigures.missing("2月6日", "On March 6")).containsExactly("2月");
        assertThat(QuoteFigures.missing("低至5毛，TOP7", "as little as RMB 0.5, top 7")).isEmpty();
        assertThat(QuoteFigures.missing("8亿美元", "US$8 billion")).containsExactly("8亿");
    }
}
