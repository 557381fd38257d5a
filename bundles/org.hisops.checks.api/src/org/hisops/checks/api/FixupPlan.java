package org.hisops.checks.api;

import java.util.List;
import java.util.Objects;

import org.hisops.db.api.Endpoint;

/**
 * What running a check's fixup on an endpoint would do, shown to the administrator before anything runs.
 *
 * @param runId the run whose findings carry the statements
 * @param catalogueId the catalogue of the check
 * @param checkId the check
 * @param endpoint the endpoint the run read
 * @param fixup the check's fixup ({@code null} when it has none)
 * @param shown the statements as the findings give them (SQL*Plus form, each once, in finding order)
 * @param statements the same statements as HisOps would send them over JDBC ({@code EXECUTE p} becomes an anonymous
 *            block); empty when the plan cannot run
 * @param confirmation what the administrator must type: the database's name
 * @param refusalKey why the fixup cannot be run by HisOps ({@code fixup.refused.*} of this API's bundle), or
 *            {@code null} when it can
 * @since 1.1
 */
public record FixupPlan(long runId, String catalogueId, String checkId, Endpoint endpoint,
        Fixup fixup, List<String> shown, List<String> statements, String confirmation, String refusalKey) {

    /** The check has no fixup, or its findings none in this run. */
    public static final String NO_FIXUP = "fixup.refused.none";
    /** A statement is a SQL*Plus script or a decision for the DBA (e.g. {@code @?/rdbms/admin/utlrp.sql}). */
    public static final String MANUAL = "fixup.refused.manual";

    public FixupPlan {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(endpoint, "endpoint");
        shown = List.copyOf(shown);
        statements = List.copyOf(statements);
    }

    /** Whether HisOps may run it (an administrator still has to confirm). */
    public boolean runnable() {
        return refusalKey == null;
    }
}
