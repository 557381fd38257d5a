package org.hisops.migration.core.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;

/**
 * Key values as both engines bind them: a value read on one side is bound on the other in the type the column
 * kind calls for (an Oracle NUMBER key bound to a PostgreSQL integer column as a long keeps the index usable).
 */
final class KeyValues {

    private KeyValues() {
    }

    static Object read(ResultSet rs, int column, ColumnKind kind) throws SQLException {
        Object value = switch (kind) {
            case TIMESTAMPTZ -> rs.getObject(column, OffsetDateTime.class);
            case DATE, TIMESTAMP -> rs.getTimestamp(column);
            default -> rs.getObject(column);
        };
        return normalise(value, kind);
    }

    static Object normalise(Object value, ColumnKind kind) {
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case INTEGER -> value instanceof Number n ? (Object) n.longValue() : Long.parseLong(value.toString());
            // equal keys must be equal objects: 1.50 and 1.5 are one key
            case DECIMAL -> (value instanceof BigDecimal d ? d : new BigDecimal(value.toString())).stripTrailingZeros();
            case TEXT, CHAR -> value.toString();
            case DATE, TIMESTAMP -> value instanceof Timestamp ? value
                    : value instanceof java.time.LocalDateTime t ? Timestamp.valueOf(t) : value;
            default -> value;
        };
    }
}
