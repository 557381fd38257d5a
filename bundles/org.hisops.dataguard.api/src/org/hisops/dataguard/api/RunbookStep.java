package org.hisops.dataguard.api;

/**
 * One step of a {@link Runbook}, exactly as it will run or as the DBA runs it on the server.
 *
 * @param number position, from 1
 * @param endpointId the endpoint the step runs on
 * @param kind a statement HisOps sends, a check HisOps makes (a query whose answer decides whether to go on), or a
 *        command no SQL connection can run (on the server, by the DBA)
 * @param text the statement or command, with the endpoint's real names, paths and ports
 * @param timeoutSeconds how long HisOps lets it run (0 for a server step)
 * @param cancellable whether stopping before this step leaves the system consistent (e.g. not between the two
 *        halves of a switchover)
 * @param noteKey translation key saying what the step does
 * @param expected for a query: the answers (first column) that let the action go on; empty when any will do
 * @since 1.1
 */
public record RunbookStep(int number, String endpointId, Kind kind, String text, int timeoutSeconds,
        boolean cancellable, String noteKey, java.util.List<String> expected) {

    public RunbookStep {
        expected = expected == null ? java.util.List.of() : java.util.List.copyOf(expected);
    }

    public enum Kind {
        /** HisOps sends the statement. */
        SQL,
        /** HisOps runs the query and goes on only when the answer is the expected one. */
        CHECK,
        /** The DBA runs the command on the database server (SQL*Plus, pg_ctl, a base backup). */
        SERVER
    }
}
