package org.hisops.assessment.data.core.internal;

import java.util.Locale;

/** Byte counts and durations as a DBA reads them. */
final class Sizes {

    private Sizes() {
    }

    static String bytes(double bytes) {
        String[] units = { "B", "KB", "MB", "GB", "TB" };
        double v = bytes;
        int u = 0;
        while (Math.abs(v) >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? String.format(Locale.ROOT, "%.0f %s", v, units[u]) : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    static String number(double v) {
        return Math.abs(v) >= 100 || v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v)
                : String.format(Locale.ROOT, "%,.2f", v);
    }
}
