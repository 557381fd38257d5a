package org.hisops.db.oracle.emulated.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** What a statement sent to the emulated server would do on Oracle, told from its leading words. */
enum StatementKind {
    /** SELECT or WITH: H2 runs it. */
    QUERY,
    /** SET TRANSACTION READ ONLY: the session refuses changes until commit or rollback. */
    BEGIN_READ_ONLY,
    /** SET TRANSACTION READ WRITE. */
    BEGIN_READ_WRITE,
    /** ALTER SESSION, SET ROLE, other SET TRANSACTION forms: accepted, nothing to emulate. */
    SESSION,
    /** INSERT, UPDATE, DELETE, MERGE, LOCK TABLE, SELECT ... FOR UPDATE. */
    CHANGE,
    /** CREATE, ALTER (but ALTER SESSION), DROP, TRUNCATE, GRANT, ...: Oracle commits and runs them. */
    DDL,
    /** PL/SQL blocks and calls: the emulated server has no PL/SQL. */
    PLSQL,
    /** Anything else: H2 tries it. */
    OTHER;

    private static final Pattern FOR_UPDATE = Pattern.compile("(?is).*\\bFOR\\s+UPDATE\\b.*");

    static StatementKind of(String sql) {
        String text = withoutCommentsAndLiterals(sql).strip();
        while (text.startsWith("(")) {
            text = text.substring(1).strip();
        }
        String[] words = text.toUpperCase(Locale.ROOT).split("[\\s(;]+", 4);
        String first = words.length > 0 ? words[0] : "";
        String second = words.length > 1 ? words[1] : "";
        String rest = words.length > 2 ? String.join(" ", java.util.Arrays.copyOfRange(words, 2, words.length)) : "";
        return switch (first) {
            case "SELECT", "WITH" -> FOR_UPDATE.matcher(text).matches() ? CHANGE : QUERY;
            case "INSERT", "UPDATE", "DELETE", "MERGE", "LOCK" -> CHANGE;
            case "SET" -> !second.equals("TRANSACTION") ? SESSION
                    : rest.startsWith("READ ONLY") ? BEGIN_READ_ONLY
                    : rest.startsWith("READ WRITE") ? BEGIN_READ_WRITE : SESSION;
            case "ALTER" -> second.equals("SESSION") ? SESSION : DDL;
            case "CREATE", "DROP", "TRUNCATE", "GRANT", "REVOKE", "RENAME", "COMMENT", "AUDIT", "NOAUDIT", "ANALYZE",
                    "PURGE", "FLASHBACK" -> DDL;
            case "BEGIN", "DECLARE", "CALL", "EXEC", "EXECUTE" -> PLSQL;
            default -> OTHER;
        };
    }

    /** The text with comments and string literals blanked, so that their words do not count. */
    static String withoutCommentsAndLiterals(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
                out.append(' ');
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (c == '\'') {
                i++;
                while (i < n && !(sql.charAt(i) == '\'' && (i + 1 >= n || sql.charAt(i + 1) != '\''))) {
                    i += sql.charAt(i) == '\'' ? 2 : 1;
                }
                i++;
                out.append("''");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
