package org.hisops.inspection.api;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.hisops.checks.api.Stage;
import org.hisops.db.api.Engine;

/**
 * A daily or monthly list, as data: checks in report order and manual items.
 *
 * @param id unique, dotted, e.g. {@code inspection.oracle.monthly}
 * @param nameKey translation key of the providing bundle
 * @param stage DAILY or MONTHLY
 * @param engines the engines its checks are for (a site's endpoints of other engines are not run)
 * @param items the lines in report order
 * @param providerId the {@link ChecklistProvider} it comes from (whose bundle holds its texts)
 */
public record Checklist(String id, String nameKey, Stage stage, Set<Engine> engines, List<ChecklistItem> items,
        String providerId) {

    public Checklist {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stage, "stage");
        engines = Set.copyOf(engines);
        items = List.copyOf(items);
    }

    public List<ChecklistItem> checks() {
        return items.stream().filter(i -> i.kind() == ItemKind.CHECK).toList();
    }

    public List<ChecklistItem> manualItems() {
        return items.stream().filter(ChecklistItem::manual).toList();
    }
}
