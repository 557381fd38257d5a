package org.hisops.db.oracle.emulated.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the data verification (and any other reader) asks of Oracle that H2's Oracle mode does not have, rewritten
 * token by token into H2 SQL that gives the same answer on the scenario's data. Oracle sees the statement as
 * written; only the stand-in rewrites it. Literals, quoted names and comments are never touched, and a call's arguments are found with their parentheses matched, so nested calls are
 * rewritten inside out.
 * <ul>
 * <li>{@code SYSDATE}: the scenario's frozen clock when it has one, so that figures computed against the server's
 * clock are the same in every run.</li>
 * <li>{@code DBMS_FLASHBACK.GET_SYSTEM_CHANGE_NUMBER}: the scenario's SCN (see {@link Scn}).</li>
 * <li>{@code AS OF SCN <number>}: dropped. A scenario's data never changes while it is read, so every SCN sees
 * the same rows; the flashback itself (undo retention, ORA-01555, ORA-08180) is not emulated.</li>
 * <li>{@code DBMS_CRYPTO.HASH(x, 2)} (HASH_MD5): H2's {@code HASH('MD5', x)}, the MD5 of a CLOB or character value
 * as UTF-8 (Oracle hashes a CLOB as AL32UTF8), of a BLOB or RAW as its bytes. Other algorithms stay as written and
 * fail.</li>
 * <li>{@code TO_CLOB(x)}: {@code CAST(x AS CLOB)}.</li>
 * <li>{@code SYS_EXTRACT_UTC(x)}: {@code CAST((x) AT TIME ZONE 'UTC' AS TIMESTAMP)}.</li>
 * <li>{@code TO_NUMBER(x, 'XXX..')} with up to 15 X (hexadecimal text to a number, which H2 lacks): the text
 * padded to 16 digits, read as the 8 bytes of a BIGINT.</li>
 * <li>{@code TO_CHAR(x, 'TM9')}: Oracle's NUMBER has no scale of its own, so 1234.50 in a NUMBER(12,2) prints
 * {@code 1234.5}, and a fraction prints without its leading zero, also when negative ({@code -.01}). H2 keeps the
 * scale and prints {@code -0.01}: the value goes through DECFLOAT (which drops the trailing zeros) and {@code -0.}
 * becomes {@code -.}. Oracle's switch to scientific notation beyond 64 characters is not emulated.</li>
 * </ul>
 */
final class OracleFunctions {

    /** The scenario's SCN, looked up only when a statement asks for it. */
    @FunctionalInterface
    interface Scn {
        long current() throws SQLException;
    }

    private static final Pattern AS_OF_SCN = Pattern.compile("(?i)AS\\s+OF\\s+SCN\\s+\\d+(?![\\w$#])");
    private static final Pattern HEX_FORMAT = Pattern.compile("'X{1,15}'", Pattern.CASE_INSENSITIVE);

    private final String sql;
    private final String sysdate;
    private final Scn scn;

    private OracleFunctions(String sql, java.time.LocalDateTime clock, Scn scn) {
        this.sql = sql;
        this.sysdate = clock == null ? null
                : "TIMESTAMP '" + clock.toLocalDate() + " " + clock.toLocalTime().withNano(0) + "'";
        this.scn = scn;
    }

    /**
     * The statement as the stand-in runs it; a statement that uses none of the above comes back unchanged.
     *
     * @param clock the scenario's frozen clock for SYSDATE, or {@code null} to leave SYSDATE to H2
     */
    static String emulate(String sql, java.time.LocalDateTime clock, Scn scn) throws SQLException {
        return new OracleFunctions(sql, clock, scn).rewrite(0, sql.length());
    }

    private String rewrite(int from, int to) throws SQLException {
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = sql.charAt(i);
            int end = i + 1;
            if (c == '\'' || c == '"') {
                end = quoted(i, to);
            } else if (c == '-' && i + 1 < to && sql.charAt(i + 1) == '-') {
                end = sql.indexOf('\n', i);
                end = end < 0 || end > to ? to : end;
            } else if (c == '/' && i + 1 < to && sql.charAt(i + 1) == '*') {
                end = sql.indexOf("*/", i + 2);
                end = end < 0 || end + 2 > to ? to : end + 2;
            } else if (Character.isLetter(c)) {
                boolean qualified = i > 0 && sql.charAt(i - 1) == '.';
                end = name(i, to);
                if (!qualified && !wordBefore(i)) {
                    Matcher asOf = AS_OF_SCN.matcher(sql).region(i, to);
                    if (asOf.lookingAt()) {
                        // the scenario's rows are the rows of every SCN: drop the flashback clause
                        i = asOf.end();
                        continue;
                    }
                }
                String name = sql.substring(i, end).toUpperCase(Locale.ROOT);
                if (!qualified && sysdate != null && name.equals("SYSDATE")) {
                    out.append(sysdate);
                    i = end;
                    continue;
                }
                if (!qualified && name.equals("DBMS_FLASHBACK.GET_SYSTEM_CHANGE_NUMBER")) {
                    out.append(scn.current());
                    i = end;
                    continue;
                }
                int open = skipSpaces(end, to);
                if (!qualified && open < to && sql.charAt(open) == '(' && rewritten(name)) {
                    int close = closing(open, to);
                    if (close > 0) {
                        List<String> args = new ArrayList<>();
                        for (int[] a : arguments(open + 1, close)) {
                            args.add(rewrite(a[0], a[1]).strip());
                        }
                        String call = call(name, args);
                        if (call != null) {
                            out.append(call);
                        } else {
                            out.append(sql, i, open).append('(').append(String.join(", ", args)).append(')');
                        }
                        i = close + 1;
                        continue;
                    }
                }
            }
            out.append(sql, i, end);
            i = end;
        }
        return out.toString();
    }

    private static boolean rewritten(String name) {
        return switch (name) {
            case "DBMS_CRYPTO.HASH", "TO_CLOB", "SYS_EXTRACT_UTC", "TO_NUMBER", "TO_CHAR" -> true;
            default -> false;
        };
    }

    /** The H2 form of a call, or null to keep the call (with its arguments rewritten). */
    private static String call(String name, List<String> args) {
        return switch (name) {
            case "DBMS_CRYPTO.HASH" -> args.size() == 2 && args.get(1).equals("2")
                    ? "HASH('MD5', " + args.get(0) + ")" : null;
            case "TO_CLOB" -> args.size() == 1 ? "CAST(" + args.get(0) + " AS CLOB)" : null;
            case "SYS_EXTRACT_UTC" -> args.size() == 1
                    ? "CAST((" + args.get(0) + ") AT TIME ZONE 'UTC' AS TIMESTAMP)" : null;
            case "TO_NUMBER" -> args.size() == 2 && HEX_FORMAT.matcher(args.get(1)).matches()
                    ? "CAST(HEXTORAW(LPAD(" + args.get(0) + ", 16, '0')) AS BIGINT)" : null;
            case "TO_CHAR" -> args.size() == 2 && args.get(1).equalsIgnoreCase("'TM9'")
                    ? "REPLACE(TO_CHAR(CAST(" + args.get(0) + " AS DECFLOAT), 'TM9'), '-0.', '-.')" : null;
            default -> null;
        };
    }

    /** The end of a literal or quoted name starting at {@code i} (a doubled quote stays inside). */
    private int quoted(int i, int to) {
        char q = sql.charAt(i);
        int end = i + 1;
        while (end < to) {
            if (sql.charAt(end) == q) {
                if (end + 1 < to && sql.charAt(end + 1) == q) {
                    end += 2;
                    continue;
                }
                return end + 1;
            }
            end++;
        }
        return to;
    }

    /** The end of a name, dotted parts included ({@code DBMS_CRYPTO.HASH}). */
    private int name(int i, int to) {
        int end = i;
        while (true) {
            while (end < to && (Character.isLetterOrDigit(sql.charAt(end)) || "_$#".indexOf(sql.charAt(end)) >= 0)) {
                end++;
            }
            if (end + 1 < to && sql.charAt(end) == '.' && Character.isLetter(sql.charAt(end + 1))) {
                end++;
                continue;
            }
            return end;
        }
    }

    /** Whether the word at {@code i} continues a name (a letter, digit or _ right before it). */
    private boolean wordBefore(int i) {
        if (i == 0) {
            return false;
        }
        char p = sql.charAt(i - 1);
        return Character.isLetterOrDigit(p) || "_$#".indexOf(p) >= 0;
    }

    private int skipSpaces(int i, int to) {
        while (i < to && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The matching parenthesis of the one at {@code open}, or -1. */
    private int closing(int open, int to) {
        int depth = 0;
        int i = open;
        while (i < to) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                i = quoted(i, to);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
            i++;
        }
        return -1;
    }

    /** The top-level arguments between {@code from} and {@code to}, as ranges. */
    private List<int[]> arguments(int from, int to) {
        List<int[]> args = new ArrayList<>();
        int depth = 0;
        int start = from;
        int i = from;
        while (i < to) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                i = quoted(i, to);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(new int[] { start, i });
                start = i + 1;
            }
            i++;
        }
        if (to > from || !args.isEmpty()) {
            args.add(new int[] { start, to });
        }
        return args;
    }
}
