package org.faultline.nlp;

/** How precisely a date is known; also written as {@code date_precision} in exports. */
public enum DatePrecision {
    DAY, MONTH, YEAR, UNKNOWN;

    /** Precision implied by an ISO value's shape: 2023-09-19 is DAY, 2023-09 MONTH, 2023 YEAR. */
    public static DatePrecision ofIsoValue(String value) {
        if (value == null) return UNKNOWN;
        if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) return DAY;
        if (value.matches("\\d{4}-\\d{2}")) return MONTH;
        if (value.matches("\\d{4}")) return YEAR;
        return UNKNOWN;
    }
}
