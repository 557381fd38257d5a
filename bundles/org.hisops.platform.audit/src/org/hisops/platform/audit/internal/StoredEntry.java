package org.hisops.platform.audit.internal;

import java.time.Instant;

import org.hisops.platform.api.AuditOutcome;
import org.hisops.platform.api.AuditRecord;
import org.hisops.platform.api.Role;

/** One row of {@code AUDIT.ENTRY} as stored: the raw texts the hash covers, whatever someone may have put there. */
record StoredEntry(long sequence, long epochMillis, String user, String role, String site, String action, String target,
        String outcome, String detail, String previousHash, String hash) {

    /** The hash the stored fields call for. */
    String expectedHash() {
        return ChainHash.of(sequence, epochMillis, user, role, site, action, target, outcome, detail, previousHash);
    }

    /** Role and outcome are {@code null} when the stored text is no known value (an edited row). */
    AuditRecord toRecord() {
        return new AuditRecord(sequence, Instant.ofEpochMilli(epochMillis), user, parse(Role.class, role), site, action,
                target, parse(AuditOutcome.class, outcome), detail);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
