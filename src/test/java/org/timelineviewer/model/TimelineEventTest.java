package org.timelineviewer.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimelineEventTest {

    private static TimelineEvent richEvent() {
        return new TimelineEvent("ceo-change", HistoricDate.parse("2023-09"), null, TestEvents.CATEGORY, 3,
                EventStatus.CONFIRMED,
                new LocalizedText("吴泳铭接替张勇任CEO", "Eddie Wu succeeds Daniel Zhang as CEO"),
                new LocalizedText("确定“用户为先、AI驱动”", "Sets users first, AI-driven"),
                new LocalizedText("叫停阿里云分拆", "Halts the Alibaba Cloud spin-off"),
                List.of(new LocalizedText("蔡崇信", "Joe Tsai")),
                List.of(new LocalizedText("菜鸟", "Cainiao")),
                List.of(),
                new SourceQuote(TestEvents.SOURCE, "“东邪”吴泳铭为阿里确定的两大战略重心"),
                List.of());
    }

    private static TimelineEvent everyPart(String person, String linkUrl) {
        return new TimelineEvent("e", HistoricDate.parse("2023-09-10"), HistoricDate.parse("2024-02"), TestEvents.CATEGORY,
                2, EventStatus.RUMOURED, new LocalizedText("题", "Title"), new LocalizedText("摘", "Summary"),
                new LocalizedText("述", "Description"), List.of(new LocalizedText(person, person)),
                List.of(new LocalizedText("组织", "Org")),
                List.of(new MoneyAmount(new java.math.BigDecimal("3.5"), "USD", AmountQualifier.ABOUT, LocalizedText.EMPTY)),
                new SourceQuote(TestEvents.SOURCE, "原文"), List.of("other"), new LocalizedText("秋", "Autumn"),
                new Media("https://example.org/a.png", null, null), List.of(new Link("More", linkUrl)));
    }

    @Test
    void givesBackEveryPartItWasMadeWith() {
        TimelineEvent e = everyPart("张三", "https://example.org");
        assertThat(e.id()).isEqualTo("e");
        assertThat(e.start()).isEqualTo(HistoricDate.parse("2023-09-10"));
        assertThat(e.end()).isEqualTo(HistoricDate.parse("2024-02"));
        assertThat(e.category()).isEqualTo(TestEvents.CATEGORY);
        assertThat(e.importance()).isEqualTo(2);
        assertThat(e.status()).isEqualTo(EventStatus.RUMOURED);
        assertThat(e.title().en()).isEqualTo("Title");
        assertThat(e.summary().en()).isEqualTo("Summary");
        assertThat(e.description().en()).isEqualTo("Description");
        assertThat(e.people()).extracting(LocalizedText::en).containsExactly("张三");
        assertThat(e.organizations()).extracting(LocalizedText::en).containsExactly("Org");
        assertThat(e.amounts()).extracting(MoneyAmount::currency).containsExactly("USD");
        assertThat(e.source().quote()).isEqualTo("原文");
        assertThat(e.relatedIds()).containsExactly("other");
        assertThat(e.displayDate().en()).isEqualTo("Autumn");
        assertThat(e.media().url()).isEqualTo("https://example.org/a.png");
        assertThat(e.links()).extracting(Link::url).containsExactly("https://example.org");
    }

    @Test
    void isEqualToAnotherWhenEveryPartIsAsARecordWouldBe() {
        TimelineEvent e = everyPart("张三", "https://example.org");
        assertThat(e).isEqualTo(everyPart("张三", "https://example.org")).hasSameHashCodeAs(everyPart("张三", "https://example.org"));
        assertThat(e).isNotEqualTo(everyPart("李四", "https://example.org"));
        assertThat(e).isNotEqualTo(everyPart("张三", "https://example.org/b"));
        assertThat(TestEvents.point("a", "2024-01-01")).isEqualTo(TestEvents.point("a", "2024-01-01"))
                .isNotEqualTo(TestEvents.point("a", "2024-01-02"));
        assertThat(e.toString()).contains("id=e", "Title", "张三");
    }

    @Test
    void onlyASingleKnownDayWithoutEndIsAPoint() {
        assertThat(TestEvents.point("a", "2024-11-13").isPoint()).isTrue();
        assertThat(TestEvents.point("a", "2024-11-13~").isPoint()).isTrue();
        assertThat(TestEvents.point("b", "2024-11").isPoint()).isFalse();
        assertThat(TestEvents.point("c", "2024-Q3").isPoint()).isFalse();
        assertThat(TestEvents.point("d", "2024").isPoint()).isFalse();
        assertThat(TestEvents.event("e", "2024-11-13", "2024-11-20", 2).isPoint()).isFalse();
    }

    @Test
    void approximateWhenEitherEndIsApproximate() {
        assertThat(TestEvents.event("a", "2023-09", "2025-02", 2).isApproximate()).isFalse();
        assertThat(TestEvents.event("b", "2023-09~", "2025-02", 2).isApproximate()).isTrue();
        assertThat(TestEvents.event("c", "2023-09", "2025-02~", 2).isApproximate()).isTrue();
        assertThat(TestEvents.point("d", "2025-01~").isApproximate()).isTrue();
    }

    @Test
    void spanEndsAfterTheWholeExtentOfItsEndDate() {
        TimelineEvent span = TestEvents.event("s", "2023-09", "2025-Q1", 2);

        assertThat(span.startDay()).isEqualTo(LocalDate.of(2023, 9, 1).toEpochDay());
        assertThat(span.endDay()).isEqualTo(LocalDate.of(2025, 4, 1).toEpochDay());
        assertThat(span.endDate()).contains(HistoricDate.parse("2025-Q1"));
    }

    @Test
    void eventWithoutEndCoversItsOwnExtent() {
        TimelineEvent month = TestEvents.point("m", "2024-02");
        TimelineEvent day = TestEvents.point("d", "2024-11-13");

        assertThat(month.endDay() - month.startDay()).isEqualTo(29);
        assertThat(day.endDay() - day.startDay()).isEqualTo(1);
        assertThat(month.endDate()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"eddie wu", "EDDIE", "吴泳铭", "用户为先", "users first", "阿里云", "alibaba cloud",
            "joe tsai", "蔡崇信", "cainiao", "菜鸟", "talent", "人才", "东邪", "  Daniel Zhang  "})
    void matchesAnyTextInEitherLanguageIgnoringCase(String needle) {
        assertThat(richEvent().matches(needle)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jack ma", "马云", "tencent", "wu succeeds tsai"})
    void doesNotMatchTextThatIsNotThere(String needle) {
        assertThat(richEvent().matches(needle)).isFalse();
    }

    @Test
    void blankOrNullSearchMatchesEverything() {
        assertThat(richEvent().matches(null)).isTrue();
        assertThat(richEvent().matches("")).isTrue();
        assertThat(richEvent().matches("   ")).isTrue();
    }

    @Test
    void listsAreImmutableCopies() {
        List<String> related = new java.util.ArrayList<>(List.of("x"));
        TimelineEvent e = TestEvents.event("a", "2024", null, 1, new LocalizedText("甲", "A"), related);
        related.add("y");

        assertThat(e.relatedIds()).containsExactly("x");
    }

    @Test
    void timelineSortsEventsChronologicallyWithStableTies() {
        TimelineEvent year = TestEvents.point("year-2024", "2024");
        TimelineEvent q1 = TestEvents.point("q1-2024", "2024-Q1");
        TimelineEvent jan = TestEvents.point("jan-2024", "2024-01");
        TimelineEvent day = TestEvents.point("day-2024", "2024-01-01");
        TimelineEvent b = TestEvents.point("b-same", "2023-09");
        TimelineEvent a = TestEvents.point("a-same", "2023-09");
        TimelineEvent early = TestEvents.point("early", "2017");

        Timeline timeline = new Timeline(new LocalizedText("时", "T"), null, List.of(TestEvents.SOURCE),
                List.of(TestEvents.CATEGORY), List.of(), List.of(year, q1, b, jan, early, day, a));

        assertThat(timeline.events()).extracting(TimelineEvent::id)
                .containsExactly("early", "a-same", "b-same", "day-2024", "jan-2024", "q1-2024", "year-2024");
        assertThat(timeline.firstDay()).isEqualTo(early.startDay());
        assertThat(timeline.lastDay()).isEqualTo(year.endDay());
        assertThat(timeline.subtitle()).isEmpty();
    }

    @Test
    void relatedResolvesIdsInFileOrderSkippingUnknownOnes() {
        TimelineEvent first = TestEvents.point("first", "2017");
        TimelineEvent second = TestEvents.point("second", "2019");
        TimelineEvent hub = TestEvents.event("hub", "2023", null, 3, new LocalizedText("中", "Hub"),
                List.of("second", "missing", "first"));
        Timeline timeline = new Timeline(new LocalizedText("时", "T"), null, List.of(TestEvents.SOURCE),
                List.of(TestEvents.CATEGORY), List.of(), List.of(hub, second, first));

        assertThat(timeline.related(hub)).containsExactly(second, first);
        assertThat(timeline.related(first)).isEmpty();
        assertThat(timeline.event("hub")).contains(hub);
        assertThat(timeline.event("missing")).isEmpty();
        assertThat(timeline.category("talent")).contains(TestEvents.CATEGORY);
    }

    @Test
    void emptyTimelineHasAUnitExtent() {
        Timeline empty = new Timeline(new LocalizedText("空", "Empty"), null, List.of(), List.of(), List.of(), List.of());
        assertThat(empty.firstDay()).isZero();
        assertThat(empty.lastDay()).isEqualTo(1);
    }
}
