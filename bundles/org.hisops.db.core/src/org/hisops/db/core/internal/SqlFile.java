package org.hisops.db.core.internal;

import java.util.Locale;

import org.hisops.db.api.DbVersionRange;
import org.hisops.db.api.Engine;
import org.hisops.db.api.Sql;

/** Reads one SQL resource: the {@code -- id:}, {@code -- engine:} and {@code -- versions:} header, then the text. */
final class SqlFile {

    private SqlFile() {
    }

    /** Parses a resource; a missing or wrong header is an error that names the file. */
    static Sql parse(String text, String source) {
        String id = null;
        Engine engine = null;
        DbVersionRange versions = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\\R")) {
            String t = line.trim();
            if (body.isEmpty() && t.startsWith("--")) {
                String comment = t.substring(2).trim();
                int colon = comment.indexOf(':');
                if (colon > 0) {
                    String key = comment.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                    String value = comment.substring(colon + 1).trim();
                    switch (key) {
                        case "id" -> id = value;
                        case "engine" -> engine = engine(value, source);
                        case "versions" -> versions = DbVersionRange.parse(value);
                        default -> {
                            // other comments (why the statement is written so) are kept out of the text
                        }
                    }
                }
                continue;
            }
            if (!t.isEmpty() || !body.isEmpty()) {
                body.append(line).append('\n');
            }
        }
        String statement = body.toString().strip();
        if (statement.endsWith(";")) {
            statement = statement.substring(0, statement.length() - 1).strip();
        }
        if (id == null || engine == null || versions == null || statement.isEmpty()) {
            throw new IllegalArgumentException(source + ": a SQL resource starts with '-- id:', '-- engine:' and "
                    + "'-- versions:' lines and holds one statement");
        }
        return new Sql(id, engine, versions, statement, source);
    }

    private static Engine engine(String value, String source) {
        try {
            return Engine.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": unknown engine '" + value + "' (oracle, postgresql, kingbase)");
        }
    }
}
