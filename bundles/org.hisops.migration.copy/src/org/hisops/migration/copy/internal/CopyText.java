package org.hisops.migration.copy.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's COPY text format: one line per row, fields separated by a tab, {@code \N} for NULL, backslash escapes
 * for backslash, newline, carriage return and tab. Rows from PostgreSQL pass through as the server wrote them; rows
 * from Oracle are written here.
 */
final class CopyText {

    static final byte TAB = '\t';
    static final byte NEWLINE = '\n';

    private CopyText() {
    }

    /** Appends a text value escaped; a NUL character is kept as it is, so the target refuses it and it is reported. */
    static void appendText(ByteArrayOutputStream out, String value) {
        if (value == null) {
            appendNull(out);
            return;
        }
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> escaped.append(c);
            }
        }
        out.writeBytes(escaped.toString().getBytes(StandardCharsets.UTF_8));
    }

    static void appendNull(ByteArrayOutputStream out) {
        out.write('\\');
        out.write('N');
    }

    /** bytea in hex: {@code \\x0a1b} (the backslash itself escaped for the text format). */
    static void appendBytes(ByteArrayOutputStream out, byte[] value) {
        if (value == null) {
            appendNull(out);
            return;
        }
        out.write('\\');
        out.write('\\');
        out.write('x');
        for (byte b : value) {
            out.write(Character.forDigit((b >> 4) & 0xf, 16));
            out.write(Character.forDigit(b & 0xf, 16));
        }
    }

    /** The fields of one line (without its newline), unescaped; null for {@code \N}. */
    static List<String> fields(byte[] data, int from, int to) {
        List<String> fields = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || data[i] == TAB) {
                fields.add(unescape(data, start, i));
                start = i + 1;
            }
        }
        return fields;
    }

    private static String unescape(byte[] data, int from, int to) {
        if (to - from == 2 && data[from] == '\\' && data[from + 1] == 'N') {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = data[i];
            if (b == '\\' && i + 1 < to) {
                byte next = data[++i];
                switch (next) {
                    case 'n' -> out.write('\n');
                    case 'r' -> out.write('\r');
                    case 't' -> out.write('\t');
                    case 'b' -> out.write('\b');
                    case 'f' -> out.write('\f');
                    case 'v' -> out.write(0x0b);
                    default -> out.write(next);
                }
            } else {
                out.write(b);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
