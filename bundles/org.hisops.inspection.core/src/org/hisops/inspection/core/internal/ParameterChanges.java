package org.hisops.inspection.core.internal;

import static org.hisops.checks.api.Severity.INFO;
import static org.hisops.checks.api.Severity.WARNING;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.hisops.checks.api.CheckContext;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.Row;

/**
 * ora.insp.parameters.changed: V$PARAMETER read, kept with the run, and compared with the previous run of the same
 * site, list and endpoint. The first run records the baseline (INFO); each parameter whose value differs afterwards
 * is a WARNING, to be matched with a change request.
 */
final class ParameterChanges {

    private final ParameterBaselines baselines;

    ParameterChanges(ParameterBaselines baselines) {
        this.baselines = baselines;
    }

    List<Finding> evaluate(CheckContext c) throws SQLException {
        Map<String, String> now = new TreeMap<>();
        for (Row r : c.query("inspection.ora.parameters")) {
            String value = r.text("VALUE");
            now.put(r.text("NAME"), value == null ? "" : value);
        }
        String site = c.endpoint().siteId();
        String list = c.setting(InspectionsComponent.LIST_SETTING).orElse("");
        long run = c.setting(InspectionsComponent.RUN_SETTING).map(Long::parseLong).orElse(0L);
        Optional<ParameterBaselines.Snapshot> before;
        try {
            before = baselines.previous(site, list, c.endpoint().id(), run);
            baselines.keep(site, list, c.endpoint().id(), run, Instant.now(), now);
        } catch (SQLException e) {
            // the store's failure, not the database's: the runner reports it as the check's failure with this text
            throw new IllegalStateException("the parameter baseline cannot be kept in the embedded store: "
                    + e.getMessage(), e);
        }
        if (before.isEmpty()) {
            return List.of(Finding.of(INFO, "finding.parameters.baseline", "parameters", now.size()));
        }
        Map<String, String> earlier = before.get().values();
        String since = InspectionEvaluators.text(before.get().taken());
        TreeSet<String> names = new TreeSet<>(now.keySet());
        names.addAll(earlier.keySet());
        List<Finding> findings = new ArrayList<>();
        for (String name : names) {
            String old = earlier.get(name);
            String current = now.get(name);
            if (!Objects.equals(old, current)) {
                findings.add(Finding.of(WARNING, "finding.parameter.changed", name, name, shown(old), shown(current),
                        since));
            }
        }
        return findings;
    }

    private static String shown(String value) {
        return value == null ? "-" : value.isEmpty() ? "''" : value;
    }
}
