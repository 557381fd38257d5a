package org.hisops.assessment.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hisops.checks.api.CheckResult;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.RunResult;

/**
 * A run against the one before it: a finding is the same when its check, message key and subject are (its figures,
 * e.g. a size, may change and it is still the same problem).
 */
record RunComparison(List<Entry> added, List<Entry> resolved, List<Entry> unchanged) {

    record Entry(String checkId, Finding finding) {
        String identity() {
            return checkId + '\u0000' + finding.messageKey() + '\u0000' + finding.subject();
        }
    }

    static RunComparison of(RunResult selected, RunResult previous) {
        Map<String, Entry> now = entries(selected);
        Map<String, Entry> before = previous == null ? Map.of() : entries(previous);
        List<Entry> added = new ArrayList<>();
        List<Entry> unchanged = new ArrayList<>();
        for (Map.Entry<String, Entry> e : now.entrySet()) {
            (before.containsKey(e.getKey()) ? unchanged : added).add(e.getValue());
        }
        List<Entry> resolved = before.entrySet().stream().filter(e -> !now.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        return new RunComparison(List.copyOf(added), resolved, List.copyOf(unchanged));
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
