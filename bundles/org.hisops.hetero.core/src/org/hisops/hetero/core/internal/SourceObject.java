package org.hisops.hetero.core.internal;

import java.util.List;

import org.hisops.hetero.api.ObjectKind;

/**
 * An object as the inventory read it: its text as lines the rules match. PL/SQL objects carry their DBA_SOURCE lines
 * (comments and string literals blanked); tables one line per column ({@code COLUMN NAME TYPE}); the other kinds one
 * line describing their attributes ({@code SEQUENCE MIN=.. MAX=..}), in the forms docs/heterogeneous.md lists.
 *
 * @param sourceLines lines of PL/SQL source (0 for the other kinds)
 */
record SourceObject(String owner, String name, ObjectKind kind, List<Line> lines, int sourceLines) {

    SourceObject {
        lines = List.copyOf(lines);
    }

    /** One line: its number (DBA_SOURCE.LINE, COLUMN_ID, or 0) and the text the rules read. */
    record Line(int number, String text, String original) {
    }
}
