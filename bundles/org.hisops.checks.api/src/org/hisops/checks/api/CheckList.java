package org.hisops.checks.api;

import java.util.List;
import java.util.Objects;

/**
 * A named list of checks for a stage, by id, so that inspection's daily and monthly lists (and a vendor's) reuse
 * checks of any catalogue without copying them. Ids not installed are reported as missing, not dropped silently.
 *
 * @param id unique, e.g. {@code inspection.oracle.monthly}
 * @param nameKey translation key of the catalogue's bundle
 * @param stage the stage the list serves
 * @param checkIds checks in report order
 */
public record CheckList(String id, String nameKey, Stage stage, List<String> checkIds) {

    public CheckList {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stage, "stage");
        checkIds = List.copyOf(checkIds);
    }
}
