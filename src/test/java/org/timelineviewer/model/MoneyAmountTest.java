package org.timelineviewer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A sum of money holds only what can be told: from 0 to below 10^18, at most six decimals. */
class MoneyAmountTest {

    private static MoneyAmount of(String value) {
        return new MoneyAmount(new BigDecimal(value), "HKD", AmountQualifier.EXACT, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "13138000000", "999999999999999999", "0.000001", "1.500000000", "1E+17"})
    void sumsASourceCouldStateAreHeld(String value) {
        assertThat(of(value).value()).isEqualByComparingTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e-999999999", "1000000000000000000", "-1", "0.0000001"})
    void nothingBeyondIsHeld(String value) {
        assertThatThrownBy(() -> of(value)).isInstanceOf(IllegalArgumentException.class);
        assertThat(MoneyAmount.inRange(new BigDecimal(value))).isFalse();
    }
}
