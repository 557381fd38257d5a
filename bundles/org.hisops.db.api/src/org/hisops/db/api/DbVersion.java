package org.hisops.db.api;

import java.util.Arrays;

/**
 * A database server version as dotted numbers: Oracle "10.2.0.5.0" or "11.2.0.4", PostgreSQL "17.6", KingbaseES
 * "8.6.0". Compared number by number; missing numbers count as zero ("11.2" equals "11.2.0.0").
 */
public record DbVersion(int[] parts) implements Comparable<DbVersion> {

    public DbVersion {
        if (parts.length == 0) {
            throw new IllegalArgumentException("a version needs at least one number");
        }
        parts = parts.clone();
    }

    private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)+)");
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("(\\d+)");

    /**
     * Parses the first dotted number of a text: "Oracle Database 10g Enterprise Edition Release 10.2.0.5.0 - 64bit"
     * gives 10.2.0.5.0, "PostgreSQL 17.6 on x86_64" gives 17.6; a text with no dot gives its first number.
     * At most five numbers are kept (Oracle's release.version.patch.port.patch).
     */
    public static DbVersion parse(String text) {
        java.util.regex.Matcher m = DOTTED.matcher(text);
        if (!m.find()) {
            m = NUMBER.matcher(text);
            if (!m.find()) {
                throw new IllegalArgumentException("no version number in '" + text + "'");
            }
        }
        String[] tokens = m.group(1).split("\\.");
        int[] parts = new int[Math.min(tokens.length, 5)];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = Integer.parseInt(tokens[i].length() > 9 ? tokens[i].substring(0, 9) : tokens[i]);
        }
        return new DbVersion(parts);
    }

    public int major() {
        return parts[0];
    }

    public int minor() {
        return parts.length > 1 ? parts[1] : 0;
    }

    @Override
    public int compareTo(DbVersion other) {
        for (int i = 0; i < Math.max(parts.length, other.parts.length); i++) {
            int a = i < parts.length ? parts[i] : 0;
            int b = i < other.parts.length ? other.parts[i] : 0;
            if (a != b) {
                return Integer.compare(a, b);
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DbVersion v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        int[] trimmed = parts;
        int n = trimmed.length;
        while (n > 1 && trimmed[n - 1] == 0) {
            n--;
        }
        return Arrays.hashCode(Arrays.copyOf(trimmed, n));
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (int p : parts) {
            s.append(s.isEmpty() ? "" : ".").append(p);
        }
        return s.toString();
    }
}
