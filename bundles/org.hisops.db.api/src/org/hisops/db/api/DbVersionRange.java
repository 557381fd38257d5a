package org.hisops.db.api;

/**
 * A range of server versions in interval notation: {@code [10.2,11.2]}, {@code [11.2,)}, {@code [9.6,18)}. The
 * SQL resources declare the versions they claim, and the Oracle catalogue validation checks them against exactly
 * these versions.
 */
public record DbVersionRange(DbVersion low, boolean lowInclusive, DbVersion high, boolean highInclusive) {

    public static DbVersionRange parse(String text) {
        String t = text.trim();
        if (t.length() < 3 || "[(".indexOf(t.charAt(0)) < 0 || "])".indexOf(t.charAt(t.length() - 1)) < 0
                || !t.contains(",")) {
            throw new IllegalArgumentException("not a version range: '" + text + "' (write e.g. [10.2,11.2] or [11.2,))");
        }
        String[] ends = t.substring(1, t.length() - 1).split(",", -1);
        DbVersion low = ends[0].isBlank() ? null : DbVersion.parse(ends[0]);
        DbVersion high = ends[1].isBlank() ? null : DbVersion.parse(ends[1]);
        return new DbVersionRange(low, t.charAt(0) == '[', high, t.charAt(t.length() - 1) == ']');
    }

    public boolean includes(DbVersion v) {
        if (low != null) {
            int c = prefix(v, low).compareTo(low);
            if (c < 0 || (c == 0 && !lowInclusive)) {
                return false;
            }
        }
        if (high != null) {
            int c = prefix(v, high).compareTo(high);
            if (c > 0 || (c == 0 && !highInclusive)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Compares at the precision the range is written in, so that "[10.2,11.2]" includes 11.2.0.4: a bound
     * "11.2" means the whole 11.2 release.
     */
    private static DbVersion prefix(DbVersion v, DbVersion bound) {
        int n = Math.min(v.parts().length, bound.parts().length);
        return new DbVersion(java.util.Arrays.copyOf(v.parts(), n));
    }

    /** Whether two ranges share a version (two statements for one id and engine must not). */
    public boolean overlaps(DbVersionRange other) {
        return !endsBefore(this, other) && !endsBefore(other, this);
    }

    private static boolean endsBefore(DbVersionRange a, DbVersionRange b) {
        if (a.high == null || b.low == null) {
            return false;
        }
        int c = a.high.compareTo(b.low);
        return c < 0 || (c == 0 && !(a.highInclusive && b.lowInclusive));
    }

    @Override
    public String toString() {
        return (lowInclusive ? "[" : "(") + (low == null ? "" : low) + "," + (high == null ? "" : high)
                + (highInclusive ? "]" : ")");
    }
}
