package org.hisops.migration.api;

import java.util.List;

import org.hisops.db.api.Engine;

/**
 * Statements that make the target's rows equal to the source's, in the target's dialect: DELETE of extra rows,
 * UPDATE of changed ones, INSERT of missing ones, by key. The engine only generates it (a dry run to be read and
 * applied by a DBA); it never runs it.
 *
 * @param dialect the target's engine
 * @param statements the statements, without trailing semicolons
 * @param complete whether it covers every differing row (false when rows were beyond the kept limit or the table has
 *            no key, in which case extra rows are listed as comments only)
 */
public record RepairScript(Engine dialect, List<String> statements, boolean complete) {

    public RepairScript {
        statements = List.copyOf(statements);
    }

    /** The script as text: one statement per line, each ending with a semicolon. */
    public String text() {
        StringBuilder s = new StringBuilder();
        for (String statement : statements) {
            s.append(statement).append(statement.startsWith("--") ? "\n" : ";\n");
        }
        return s.toString();
    }
}
