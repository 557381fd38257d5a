package org.hisops.assessment.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hisops.checks.api.CheckResult;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.RunResult;

/**
 * A run against an earlier one: findings that are new, fixed (in the earlier run, gone now) and unchanged. A finding
 * is the same when its check, message key and subject are: its figures, e.g. a size, may change and it is still the
 * same problem.
 *
 * @param added new in the run
 * @param resolved fixed: in the earlier run only
 * @param unchanged in both (as found in the run)
 */
public record RunComparison(List<Entry> added, List<Entry> resolved, List<Entry> unchanged) {

    public RunComparison {
        added = List.copyOf(added);
        resolved = List.copyOf(resolved);
        unchanged = List.copyOf(unchanged);
    }

    /** A finding with the check that gave it. */
    public record Entry(String checkId, Finding finding) {
        String identity() {
            return checkId + '\u0000' + finding.messageKey() + '\u0000' + finding.subject();
        }
    }

    /** {@code previous} may be {@code null} (a first run): everything is new. */
    public static RunComparison of(RunResult run, RunResult previous) {
        Map<String, Entry> now = entries(run);
        Map<String, Entry> before = previous == null ? Map.of() : entries(previous);
        List<Entry> added = new ArrayList<>();
        List<Entry> unchanged = new ArrayList<>();
        for (Map.Entry<String, Entry> e : now.entrySet()) {
            (before.containsKey(e.getKey()) ? unchanged : added).add(e.getValue());
        }
        List<Entry> resolved = before.entrySet().stream().filter(e -> !now.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        return new RunComparison(added, resolved, unchanged);
    }

    private static Map<String, Entry> entries(RunResult run) {
        Map<String, Entry> map = new LinkedHashMap<>();
        for (CheckResult r : run.results()) {
            for (Finding f : r.findings()) {
                Entry e = new Entry(r.checkId(), f);
                map.putIfAbsent(e.identity(), e);
            }
        }
        return map;
    }
}
