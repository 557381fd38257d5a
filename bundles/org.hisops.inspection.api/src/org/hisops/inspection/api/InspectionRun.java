package org.hisops.inspection.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hisops.checks.api.CheckStatus;

/**
 * One inspection: a checklist for a site's endpoints, its check outcomes and manual answers as saved so far.
 *
 * @param id the id in the embedded store
 * @param siteId the site
 * @param checklistId the list
 * @param endpointIds the endpoints its checks run on
 * @param inspector who started it
 * @param started when
 * @param signedBy who signed it off, {@code null} while open
 * @param signedAt when, {@code null} while open
 * @param outcomes finished checks (a check cancelled by a crash or a stop is not here: it is still to run)
 * @param answers manual answers by item id
 */
public record InspectionRun(long id, String siteId, String checklistId, List<String> endpointIds, String inspector,
        Instant started, String signedBy, Instant signedAt, List<CheckOutcome> outcomes,
        Map<String, ManualAnswer> answers) {

    public InspectionRun {
        endpointIds = List.copyOf(endpointIds);
        outcomes = List.copyOf(outcomes);
        answers = Map.copyOf(answers);
    }

    /** Signed off: read-only from then on. */
    public boolean signedOff() {
        return signedAt != null;
    }

    public Optional<CheckOutcome> outcome(String endpointId, String checkId) {
        return outcomes.stream()
                .filter(o -> o.endpointId().equals(endpointId) && o.result().checkId().equals(checkId)).findFirst();
    }

    public long count(CheckStatus status) {
        return outcomes.stream().filter(o -> o.result().status() == status).count();
    }
}
