package org.timelineviewer.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A sum of money as the source states it: a number, an ISO 4217 currency, a qualifier and what it
 * is. The number is from 0 to below a quintillion (10^18) with at most six decimals: every sum
 * a source states, and nothing that formatting it could choke on (a 1e999999999 once did).
 */
public record MoneyAmount(BigDecimal value, String currency, AmountQualifier qualifier, LocalizedText label) {

    /** Sums are below this. */
    public static final BigDecimal LIMIT = BigDecimal.TEN.pow(18);
    /** Sums have at most this many decimals. */
    public static final int MAX_DECIMALS = 6;

    public MoneyAmount {
        Objects.requireNonNull(value, "value");
        if (!inRange(value)) {
            throw new IllegalArgumentException("not a sum from 0 to below 10^18 with at most 6 decimals");
        }
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(qualifier, "qualifier");
    }

    /** Whether {@code value} is a sum this record can hold. */
    public static boolean inRange(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(LIMIT) < 0 && value.stripTrailingZeros().scale() <= MAX_DECIMALS;
    }
}
