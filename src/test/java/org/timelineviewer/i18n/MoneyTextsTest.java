package org.timelineviewer.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.timelineviewer.model.AmountQualifier;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.LocalizedText;
import org.timelineviewer.model.MoneyAmount;

class MoneyTextsTest {

    private static MoneyAmount amount(String value, String currency, String qualifier) {
        return new MoneyAmount(new BigDecimal(value), currency, AmountQualifier.fromCode(qualifier),
                new LocalizedText("金额", "Amount"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // value       | currency | qualifier | en                    | zh
            "13138000000   | HKD      | up-to     | up to HK$13.138bn    | 最高131.38亿港元",
            "9300000000    | CNY      | about     | about RMB 9.3bn      | 约人民币93亿元",
            "50            | USD      | under     | under US$50           | 低于50美元",
            "800000000     | USD      | exact     | US$800m              | 8亿美元",
            "22400000000   | HKD      | exact     | HK$22.4bn            | 224亿港元",
            "1000000000    | USD      | over      | over US$1bn          | 超过10亿美元",
            "5000000       | CNY      | nearly    | nearly RMB 5m        | 近人民币500万元",
            "1000000       | EUR      | exact     | €1m                  | 100万欧元",
            "12345         | GBP      | exact     | £12,345               | 1.2345万英镑",
            "9999          | JPY      | about     | about ¥9,999          | 约9999日元",
            "10000         | USD      | exact     | US$10,000             | 1万美元",
            "999999        | USD      | exact     | US$999,999            | 99.9999万美元",
            "1234567890    | USD      | exact     | US$1.235bn           | 12.3457亿美元",
            "2500000       | CHF      | exact     | CHF 2.5m             | 250万CHF",
            "0             | USD      | exact     | US$0                  | 0美元",
    })
    void formatsAmountsInBothLanguages(String value, String currency, String qualifier, String en, String zh) {
        MoneyAmount a = amount(value, currency, qualifier);

        assertThat(MoneyTexts.format(a, Language.EN)).isEqualTo(en);
        assertThat(MoneyTexts.format(a, Language.ZH)).isEqualTo(zh);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "exact  | ''       | ''",
            "about  | 'about ' | 约",
            "up-to  | 'up to ' | 最高",
            "over   | 'over '  | 超过",
            "under  | 'under ' | 低于",
            "nearly | 'nearly '| 近",
    })
    void everyQualifierHasAPrefixInBothLanguages(String qualifier, String en, String zh) {
        MoneyAmount a = amount("800000000", "USD", qualifier);

        assertThat(MoneyTexts.format(a, Language.EN)).isEqualTo(en + "US$800m");
        assertThat(MoneyTexts.format(a, Language.ZH)).isEqualTo(zh + "8亿美元");
    }
}
