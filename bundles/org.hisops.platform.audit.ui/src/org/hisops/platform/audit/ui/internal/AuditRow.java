package org.hisops.platform.audit.ui.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hisops.platform.api.AuditLog.Verification;
import org.hisops.platform.api.AuditRecord;

/**
 * One line of the audit table: an entry (intact, or edited/replaced), a run of missing entries, or an entry still
 * waiting in memory for the store.
 */
record AuditRow(Kind kind, AuditRecord record, long from, long to) {

    enum Kind { ENTRY, BROKEN, MISSING, PENDING }

    /**
     * The rows newest first: the entries as the log gives them (newest first, those waiting first), marked when the
     * check named them, with the missing runs in their place. Runs older than the oldest entry shown are left out when
     * the list was cut at {@code complete == false}.
     */
    static List<AuditRow> of(List<AuditRecord> records, Verification check, boolean complete) {
        Set<Long> broken = new HashSet<>(check.broken());
        List<long[]> gaps = runs(check.missing()); // newest first
        List<AuditRow> rows = new ArrayList<>(records.size() + gaps.size());
        int g = 0;
        for (AuditRecord r : records) {
            if (r.sequence() == 0) {
                rows.add(new AuditRow(Kind.PENDING, r, 0, 0));
                continue;
            }
            while (g < gaps.size() && gaps.get(g)[0] > r.sequence()) {
                rows.add(new AuditRow(Kind.MISSING, null, gaps.get(g)[0], gaps.get(g)[1]));
                g++;
            }
            rows.add(new AuditRow(broken.contains(r.sequence()) ? Kind.BROKEN : Kind.ENTRY, r, r.sequence(), r.sequence()));
        }
        if (complete) {
            for (; g < gaps.size(); g++) {
                rows.add(new AuditRow(Kind.MISSING, null, gaps.get(g)[0], gaps.get(g)[1]));
            }
        }
        return rows;
    }

    /** Sequences (ascending) as runs {from, to}, the newest run first. */
    static List<long[]> runs(List<Long> sequences) {
        List<long[]> runs = new ArrayList<>();
        for (int i = 0; i < sequences.size(); i++) {
            long from = sequences.get(i);
            long to = from;
            while (i + 1 < sequences.size() && sequences.get(i + 1) == to + 1) {
                to = sequences.get(++i);
            }
            runs.add(0, new long[] { from, to });
        }
        return runs;
    }

    /** "3, 7-9, 12" for at most {@code max} runs, then an ellipsis. */
    static String describe(List<Long> sequences, int max) {
        List<long[]> runs = runs(sequences);
        StringBuilder b = new StringBuilder();
        for (int i = runs.size() - 1, n = 0; i >= 0; i--, n++) {
            if (n == max) {
                b.append(", \u2026");
                break;
            }
            long[] run = runs.get(i);
            b.append(b.length() > 0 ? ", " : "").append(run[0] == run[1] ? Long.toString(run[0]) : run[0] + "-" + run[1]);
        }
        return b.toString();
    }
}
