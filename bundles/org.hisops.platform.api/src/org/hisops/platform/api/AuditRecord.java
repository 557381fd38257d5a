package org.hisops.platform.api;

import java.time.Instant;

/**
 * One entry of the audit log.
 *
 * @param sequence position in the log, from 1, without gaps; 0 for an entry still waiting in memory for the store
 * @param time when it happened
 * @param user who did it ({@link AccessControl#user()})
 * @param role the role in force; {@code null} when the stored text is no role (an entry edited in the store)
 * @param siteId the site it concerned, or {@code ""} for the installation as a whole
 * @param action what was done, one of {@link AuditLog}'s action names or a vendor's own (dotted, lower case)
 * @param target what it was done to (capability id, bundle, endpoint, site), never a password
 * @param outcome how it ended; {@code null} when the stored text is no outcome (an entry edited in the store)
 * @param detail free text: the reason of a refusal, the error of a failure; never a password
 */
public record AuditRecord(long sequence, Instant time, String user, Role role, String siteId, String action,
        String target, AuditOutcome outcome, String detail) {
}
