package org.hisops.migration.copy.internal;

import java.util.Locale;

/** Names in the target: always double-quoted, so reserved words and mixed case are safe. */
final class Identifiers {

    private Identifiers() {
    }

    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String qualified(String schema, String name) {
        return quote(schema) + "." + quote(name);
    }

    /**
     * Oracle's unquoted names are stored in upper case and PostgreSQL's in lower case: an upper-case Oracle name
     * becomes lower case, so unquoted SQL written for the old database keeps working; a mixed-case (quoted) Oracle
     * name keeps its spelling.
     */
    static String fold(String oracleName) {
        return oracleName.equals(oracleName.toUpperCase(Locale.ROOT)) ? oracleName.toLowerCase(Locale.ROOT)
                : oracleName;
    }

    /** A literal for the text of a value, for statements that take no parameters (COPY). */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
