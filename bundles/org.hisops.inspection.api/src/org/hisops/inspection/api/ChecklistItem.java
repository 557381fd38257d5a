package org.hisops.inspection.api;

import java.util.Objects;

/**
 * One line of a checklist.
 *
 * @param id unique in its list; for a check, the check id
 * @param kind a check or a manual item
 * @param catalogueId CHECK: the catalogue holding the check; else {@code null}
 * @param textKey manual items: translation key of the list provider's bundle ({@code item.<id>}); CHECK: {@code null}
 *            (the check's title comes from its catalogue)
 * @param unit VALUE: the unit as printed (°C, %, h), else {@code null}
 * @param minimum VALUE: the lowest acceptable value, {@code null} when there is no lower bound
 * @param maximum VALUE: the highest acceptable value, {@code null} when there is no upper bound
 */
public record ChecklistItem(String id, ItemKind kind, String catalogueId, String textKey, String unit,
        Double minimum, Double maximum) {

    public ChecklistItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (kind == ItemKind.CHECK && catalogueId == null) {
            throw new IllegalArgumentException(id + ": a check item names its catalogue");
        }
    }

    public static ChecklistItem check(String catalogueId, String checkId) {
        return new ChecklistItem(checkId, ItemKind.CHECK, catalogueId, null, null, null, null);
    }

    public boolean manual() {
        return kind != ItemKind.CHECK;
    }

    /** Whether a value lies in the acceptable range (always true without a range). */
    public boolean accepts(double value) {
        return (minimum == null || value >= minimum) && (maximum == null || value <= maximum);
    }
}
