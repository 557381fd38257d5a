package org.hisops.dataguard.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.hisops.dataguard.api.Reason;
import org.hisops.dataguard.api.Verdict;

/**
 * Reasons as one text column of the store: a line per reason, its fields (verdict, key, arguments) separated by
 * U+001F; each argument is tagged {@code n} (whole number), {@code d} (decimal), {@code s} (text) or {@code -} (null)
 * so that numbers come back as numbers and the UI formats them in its locale.
 */
final class StoredReasons {

    private static final char FIELD = '\u001F';
    static final int MAX = 4000;

    private StoredReasons() {
    }

    static String encode(List<Reason> reasons) {
        StringBuilder b = new StringBuilder();
        for (Reason r : reasons) {
            StringBuilder line = new StringBuilder();
            line.append(r.verdict().name()).append(FIELD).append(clean(r.key()));
            for (Object arg : r.args()) {
                line.append(FIELD);
                if (arg == null) {
                    line.append('-');
                } else if (arg instanceof Long || arg instanceof Integer || arg instanceof Short) {
                    line.append('n').append(((Number) arg).longValue());
                } else if (arg instanceof Number n) {
                    line.append('d').append(n.doubleValue());
                } else {
                    line.append('s').append(clean(arg.toString()));
                }
            }
            if (b.length() + line.length() + 1 > MAX) {
                break; // the worst reasons come first; what does not fit is the least important
            }
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(line);
        }
        return b.toString();
    }

    static List<Reason> decode(String text) {
        List<Reason> reasons = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return reasons;
        }
        for (String line : text.split("\n")) {
            String[] fields = line.split(String.valueOf(FIELD), -1);
            if (fields.length < 2) {
                continue;
            }
            List<Object> args = new ArrayList<>();
            for (int i = 2; i < fields.length; i++) {
                args.add(arg(fields[i]));
            }
            try {
                reasons.add(new Reason(Verdict.valueOf(fields[0]), fields[1], args));
            } catch (IllegalArgumentException e) {
                // a verdict this version does not know (written by a newer HisOps): skip the line, keep the rest
            }
        }
        return reasons;
    }

    private static Object arg(String field) {
        if (field.isEmpty() || field.charAt(0) == '-') {
            return null;
        }
        String value = field.substring(1);
        try {
            return switch (field.charAt(0)) {
                case 'n' -> Long.valueOf(value);
                case 'd' -> Double.valueOf(value);
                default -> value;
            };
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private static String clean(String s) {
        return s.replace('\n', ' ').replace('\r', ' ').replace(FIELD, ' ');
    }
}
