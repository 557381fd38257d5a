package org.hisops.inspection.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hisops.checks.api.Finding;
import org.hisops.checks.api.Severity;
import org.hisops.inspection.api.ChangeKind;
import org.hisops.inspection.api.CheckOutcome;
import org.hisops.inspection.api.Checklist;
import org.hisops.inspection.api.ChecklistItem;
import org.hisops.inspection.api.FindingChange;
import org.hisops.inspection.api.InspectionRun;
import org.hisops.inspection.api.ManualAnswer;
import org.hisops.inspection.api.RunComparison;

/**
 * Compares two runs: findings matched by endpoint, check and subject; more or less severe is WORSE or BETTER, the
 * same severity is no change (the figures of both are in the findings for the report). Manual items that failed are
 * compared as WARNING findings ({@code manual.failed}). INFO findings are measurements (sizes, archive volume),
 * charted by the report, not changes.
 */
final class RunComparisons {

    static final String MANUAL_FAILED = "manual.failed";

    private RunComparisons() {
    }

    static RunComparison compare(InspectionRun now, InspectionRun before, Checklist list) {
        Map<String, FindingChange> keyed = new LinkedHashMap<>();
        Map<String, Finding> earlier = findings(before, list);
        Map<String, Finding> later = findings(now, list);
        for (Map.Entry<String, Finding> e : later.entrySet()) {
            Finding b = earlier.get(e.getKey());
            Finding a = e.getValue();
            String[] key = e.getKey().split(InspectionStore.SEPARATOR, -1);
            if (b == null) {
                keyed.put(e.getKey(), new FindingChange(ChangeKind.NEW, key[0], key[1], key[2], null, a));
            } else if (a.severity().compareTo(b.severity()) > 0) {
                keyed.put(e.getKey(), new FindingChange(ChangeKind.WORSE, key[0], key[1], key[2], b, a));
            } else if (a.severity().compareTo(b.severity()) < 0) {
                keyed.put(e.getKey(), new FindingChange(ChangeKind.BETTER, key[0], key[1], key[2], b, a));
            }
        }
        for (Map.Entry<String, Finding> e : earlier.entrySet()) {
            if (!later.containsKey(e.getKey()) && checked(now, e.getKey())) {
                String[] key = e.getKey().split(InspectionStore.SEPARATOR, -1);
                keyed.put(e.getKey(), new FindingChange(ChangeKind.RESOLVED, key[0], key[1], key[2], e.getValue(),
                        null));
            }
        }
        List<FindingChange> changes = new ArrayList<>(keyed.values());
        changes.sort(Comparator.comparing(FindingChange::kind));
        return new RunComparison(now.id(), before == null ? 0 : before.id(), changes);
    }

    /** Whether this run looked at what the key names (a check not run yet, or an item not answered, resolves nothing). */
    private static boolean checked(InspectionRun run, String key) {
        String[] k = key.split(InspectionStore.SEPARATOR, -1);
        return k[0].isEmpty() ? run.answers().containsKey(k[1]) : run.outcome(k[0], k[1]).isPresent();
    }

    private static Map<String, Finding> findings(InspectionRun run, Checklist list) {
        Map<String, Finding> findings = new LinkedHashMap<>();
        if (run == null) {
            return findings;
        }
        for (CheckOutcome o : run.outcomes()) {
            for (Finding f : o.result().findings()) {
                if (f.severity() != Severity.INFO) {
                    findings.merge(key(o.endpointId(), o.result().checkId(), f.subject()), f,
                            (x, y) -> x.severity().compareTo(y.severity()) >= 0 ? x : y);
                }
            }
        }
        for (ManualAnswer a : run.answers().values()) {
            if (Boolean.FALSE.equals(a.passed())) {
                ChecklistItem item = list == null ? null
                        : list.manualItems().stream().filter(i -> i.id().equals(a.itemId())).findFirst().orElse(null);
                String value = a.value() == null ? "" : String.valueOf(a.value());
                String unit = item == null || item.unit() == null ? "" : item.unit();
                findings.put(key("", a.itemId(), a.itemId()),
                        Finding.of(Severity.WARNING, MANUAL_FAILED, a.itemId(), a.itemId(), value, unit, a.note()));
            }
        }
        return findings;
    }

    private static String key(String endpointId, String itemId, String subject) {
        return endpointId + InspectionStore.SEPARATOR + itemId + InspectionStore.SEPARATOR + subject;
    }
}
