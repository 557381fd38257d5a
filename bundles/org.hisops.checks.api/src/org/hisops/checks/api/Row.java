package org.hisops.checks.api;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;

/** One row of a check's query, by upper-case column label (as Oracle reports them). */
public record Row(Map<String, Object> values) {

    public Row {
        values = Collections.unmodifiableMap(values);
    }

    public Object get(String column) {
        return values.get(column.toUpperCase(Locale.ROOT));
    }

    /** The value as text, {@code null} for SQL NULL. */
    public String text(String column) {
        Object v = get(column);
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return v == null ? null : v.toString();
    }

    /** The value as a number, {@code null} for SQL NULL; text holding a number is read too. */
    public Long number(String column) {
        Object v = get(column);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        try {
            return new BigDecimal(v.toString().trim()).longValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public long number(String column, long ifNull) {
        Long n = number(column);
        return n == null ? ifNull : n;
    }
}
