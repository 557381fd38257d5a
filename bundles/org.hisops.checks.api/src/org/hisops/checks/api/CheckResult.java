package org.hisops.checks.api;

import java.time.Duration;
import java.util.List;

import org.hisops.db.api.DbProblem;

/**
 * What one check gave in a run.
 *
 * @param checkId the check
 * @param status pass, finding, not applicable, failed, cancelled
 * @param severity the highest finding's severity for FINDING, else {@code null}
 * @param findings the findings (FINDING only)
 * @param reasonKey NOT_APPLICABLE: why (a key of this API's bundle, {@code na.*}, or the catalogue's); FAILED: the
 *            problem's title key of {@code org.hisops.db.api}, or {@code null} for an evaluator error
 * @param reasonArguments the reason's arguments
 * @param problem FAILED by the database: the classified problem, else {@code null}
 * @param serverCode the server's code (ORA-..., SQLSTATE) when there is one
 * @param detail FAILED: the server's or evaluator's message (never a password), else {@code null}
 * @param elapsed how long it took
 */
public record CheckResult(String checkId, CheckStatus status, Severity severity, List<Finding> findings,
        String reasonKey, List<String> reasonArguments, DbProblem problem, String serverCode, String detail,
        Duration elapsed) {

    public CheckResult {
        findings = findings == null ? List.of() : List.copyOf(findings);
        reasonArguments = reasonArguments == null ? List.of() : List.copyOf(reasonArguments);
    }
}
