package org.timelineviewer.model;

import java.math.BigDecimal;
import java.util.Objects;

/** A sum of money as the source states it: a number, an ISO 4217 currency, a qualifier and what it is. */
public record MoneyAmount(BigDecimal value, String currency, AmountQualifier qualifier, LocalizedText label) {
    public MoneyAmount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(qualifier, "qualifier");
    }
}
