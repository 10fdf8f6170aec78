package org.timelineviewer.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.MoneyAmount;

/**
 * Money as a reader of each language expects it: "up to HK$13.138bn" / "最高131.38亿港元".
 * Chinese counts in 万 (10^4) and 亿 (10^8); English in millions (m) and billions (bn), written as the press does (HK$13.1bn), with
 * thousands separated. The qualifier wording comes from the resource bundles ({@code money.*}).
 */
public final class MoneyTexts {

    private static final Map<String, String> EN_SYMBOLS = Map.of("HKD", "HK$", "USD", "US$", "CNY", "RMB ", "EUR", "€", "GBP", "£", "JPY", "¥");
    private static final Map<String, String> ZH_UNITS = Map.of("HKD", "港元", "USD", "美元", "CNY", "元", "EUR", "欧元", "GBP", "英镑", "JPY", "日元");
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

    private MoneyTexts() {
    }

    public static String format(MoneyAmount amount, Language language) {
        String number = language == Language.ZH ? zh(amount) : en(amount);
        return Messages.of(language).format("money." + amount.qualifier().code(), number);
    }

    private static String en(MoneyAmount amount) {
        BigDecimal v = amount.value();
        String number;
        if (v.compareTo(BILLION) >= 0) {
            number = plain(v.divide(BILLION, 3, RoundingMode.HALF_UP)) + "bn";
        } else if (v.compareTo(MILLION) >= 0) {
            number = plain(v.divide(MILLION, 3, RoundingMode.HALF_UP)) + "m";
        } else {
            number = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(v);
        }
        String symbol = EN_SYMBOLS.getOrDefault(amount.currency(), amount.currency() + " ");
        return symbol + number;
    }

    private static String zh(MoneyAmount amount) {
        BigDecimal v = amount.value();
        String number;
        if (v.compareTo(YI) >= 0) {
            number = plain(v.divide(YI, 4, RoundingMode.HALF_UP)) + "亿";
        } else if (v.compareTo(WAN) >= 0) {
            number = plain(v.divide(WAN, 4, RoundingMode.HALF_UP)) + "万";
        } else {
            number = plain(v);
        }
        String currency = amount.currency();
        String unit = ZH_UNITS.getOrDefault(currency, currency);
        return "CNY".equals(currency) ? "人民币" + number + unit : number + unit;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
