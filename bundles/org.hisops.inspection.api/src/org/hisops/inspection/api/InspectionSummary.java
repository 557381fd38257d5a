package org.hisops.inspection.api;

import java.time.Instant;

/** A run in the history list (newest first). */
public record InspectionSummary(long id, String siteId, String checklistId, String inspector, Instant started,
        String signedBy, Instant signedAt, int checksDone, int answers) {
}
