package org.hisops.hetero.api;

import java.util.List;
import java.util.Objects;

/**
 * One object of the source and its verdict for the assessed flavour.
 *
 * @param owner the schema
 * @param name the object's name
 * @param kind what it is
 * @param conversion the most any fired rule needs (AUTO when none fired)
 * @param units effort units: the kind's base units plus every hit's units
 * @param lines lines of PL/SQL source (0 for objects without source)
 * @param hits the rules that fired, in line order
 */
public record AssessedObject(String owner, String name, ObjectKind kind, Conversion conversion, double units,
        int lines, List<RuleHit> hits) {

    public AssessedObject {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(conversion, "conversion");
        hits = List.copyOf(hits);
    }

    /** {@code OWNER.NAME}, how a DBA names it. */
    public String qualifiedName() {
        return owner + "." + name;
    }
}
