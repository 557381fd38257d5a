package org.hisops.inspection.api;

import org.hisops.checks.api.Finding;

/**
 * One difference between two runs. Findings are matched by endpoint, check and subject (the tablespace, the
 * account); manual items by item id (endpoint empty, a failed item read as a WARNING finding of key
 * {@code manual.failed}).
 *
 * @param kind new, resolved, worse, better
 * @param endpointId the endpoint, empty for a manual item
 * @param itemId the check or manual item
 * @param subject what the finding is about
 * @param before the earlier run's finding, {@code null} when NEW
 * @param after this run's finding, {@code null} when RESOLVED
 */
public record FindingChange(ChangeKind kind, String endpointId, String itemId, String subject, Finding before,
        Finding after) {
}
