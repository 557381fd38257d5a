package org.hisops.migration.copy.internal;

/** SQLSTATE of a refused row -> the reason code users read ({@code copy.reject.<code>}). */
final class RejectReasons {

    private RejectReasons() {
    }

    /** Whether the error is about the rows' values (isolate them) rather than the session or the server. */
    static boolean aboutRows(String sqlState) {
        return sqlState != null && (sqlState.startsWith("22") || sqlState.startsWith("23") || sqlState.equals("54000"));
    }

    static String reason(String sqlState) {
        if (sqlState == null) {
            return "other";
        }
        return switch (sqlState) {
            case "22021", "22P05" -> "invalid-text";
            case "22001" -> "too-long";
            case "22003" -> "out-of-range";
            case "22007", "22008" -> "invalid-date";
            case "23514" -> "check";
            case "23502" -> "not-null";
            case "23505" -> "duplicate";
            default -> sqlState.startsWith("22") ? "invalid-value" : "other";
        };
    }
}
