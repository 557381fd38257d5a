package org.hisops.platform.audit.internal;

import java.time.Instant;

import org.hisops.platform.api.AuditOutcome;
import org.hisops.platform.api.AuditRecord;
import org.hisops.platform.api.Role;

/** An entry appended but not yet written: it gets its sequence and hash when it is written. */
record Draft(Instant time, String user, Role role, String site, String action, String target, AuditOutcome outcome,
        String detail) {

    StoredEntry chain(long sequence, String previousHash) {
        long millis = time.toEpochMilli();
        String hash = ChainHash.of(sequence, millis, user, role.name(), site, action, target, outcome.name(), detail,
                previousHash);
        return new StoredEntry(sequence, millis, user, role.name(), site, action, target, outcome.name(), detail,
                previousHash, hash);
    }

    /** Shown with sequence 0 while it waits. */
    AuditRecord toRecord() {
        return new AuditRecord(0, time, user, role, site, action, target, outcome, detail);
    }
}
