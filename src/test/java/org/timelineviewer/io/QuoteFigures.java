package org.timelineviewer.io;

import java.math.BigDecimal;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a Chinese quote that its English translation does not give: a percentage must
 * appear with its %, an amount in 亿 (10^8) or 毛 (0.1 yuan) as the same value in English
 * (22.4 billion for 224亿), a month as its English name, any other number as itself.
 */
final class QuoteFigures {

    private static final Pattern CHINESE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(%|亿|万|毛|月)?");
    private static final Pattern ENGLISH = Pattern.compile("(\\d+(?:\\.\\d+)?)(%|\\s*billion|\\s*million)?");

    private QuoteFigures() {
    }

    /** Each figure of {@code quote} missing from {@code translation}, as written in the quote. */
    static List<String> missing(String quote, String translation) {
        Set<BigDecimal> values = new HashSet<>();
        Set<BigDecimal> percentages = new HashSet<>();
        Matcher english = ENGLISH.matcher(translation);
        while (english.find()) {
            BigDecimal number = new BigDecimal(english.group(1));
            String unit = english.group(2) == null ? "" : english.group(2).strip();
            switch (unit) {
                case "%" -> percentages.add(number.stripTrailingZeros());
                case "billion" -> values.add(number.movePointRight(9).stripTrailingZeros());
                case "million" -> values.add(number.movePointRight(6).stripTrailingZeros());
                default -> values.add(number.stripTrailingZeros());
            }
        }
        List<String> missing = new ArrayList<>();
        Matcher chinese = CHINESE.matcher(quote);
        while (chinese.find()) {
            BigDecimal number = new BigDecimal(chinese.group(1));
            String unit = chinese.group(2) == null ? "" : chinese.group(2);
            boolean found = switch (unit) {
                case "%" -> percentages.contains(number.stripTrailingZeros());
                case "亿" -> values.contains(number.movePointRight(8).stripTrailingZeros());
                case "万" -> values.contains(number.movePointRight(4).stripTrailingZeros());
                case "毛" -> values.contains(number.movePointLeft(1).stripTrailingZeros());
                case "月" -> translation.contains(Month.of(number.intValueExact()).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                default -> values.contains(number.stripTrailingZeros());
            };
            if (!found) {
                missing.add(chinese.group().strip());
            }
        }
        return missing;
    }
}
