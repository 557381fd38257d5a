package org.hisops.migration.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.hisops.migration.api.RowDifference;

/** One repair statement in the target's dialect, by key, with the source's stored values as literals. */
final class Repair {

    private Repair() {
    }

    static String statement(TablePlan plan, RowDifference.Kind kind, List<Object> key, List<Object> sourceRow,
            List<String> changed) {
        Dialect d = plan.target.dialect();
        String table = d.table(plan.targetShape.schema(), plan.targetShape.table(), null);
        List<String> where = new ArrayList<>();
        for (int i = 0; i < plan.key.size(); i++) {
            Column c = plan.columns.get(plan.key.get(i));
            where.add(d.quote(c.targetName()) + " = " + d.literal(key.get(i), c.targetKind()));
        }
        String byKey = " WHERE " + String.join(" AND ", where);
        return switch (kind) {
            case EXTRA_IN_TARGET -> "DELETE FROM " + table + byKey;
            case MISSING_IN_TARGET -> {
                List<String> names = new ArrayList<>();
                List<String> values = new ArrayList<>();
                for (int i = 0; i < plan.columns.size(); i++) {
                    Column c = plan.columns.get(i);
                    names.add(d.quote(c.targetName()));
                    values.add(d.literal(sourceRow == null ? null : sourceRow.get(i), c.targetKind()));
                }
                yield "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                        + String.join(", ", values) + ")";
            }
            case CHANGED -> {
                List<String> set = new ArrayList<>();
                for (int i = 0; i < plan.columns.size(); i++) {
                    Column c = plan.columns.get(i);
                    if (changed.contains(c.sourceName())) {
                        set.add(d.quote(c.targetName()) + " = "
                                + d.literal(sourceRow == null ? null : sourceRow.get(i), c.targetKind()));
                    }
                }
                yield "UPDATE " + table + " SET " + String.join(", ", set) + byKey;
            }
        };
    }
}
