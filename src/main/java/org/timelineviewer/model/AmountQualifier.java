package org.timelineviewer.model;

/** How an amount relates to the true figure: "up to HK$13.138 bn", "about RMB 9.3 bn". */
public enum AmountQualifier {
    EXACT("exact"), ABOUT("about"), UP_TO("up-to"), OVER("over"), UNDER("under"), NEARLY("nearly");

    private final String code;

    AmountQualifier(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static AmountQualifier fromCode(String code) {
        for (AmountQualifier q : values()) {
            if (q.code.equals(code)) {
                return q;
            }
        }
        return null;
    }
}
