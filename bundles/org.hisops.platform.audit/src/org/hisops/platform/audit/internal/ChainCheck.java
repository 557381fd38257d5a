package org.hisops.platform.audit.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Walks the stored entries in sequence order and decides each one's chain status:
 * <ul>
 * <li>{@link Status#EDITED}: its fields do not give its hash (a field, the sequence or the link was changed);</li>
 * <li>{@link Status#REPLACED}: its fields give its hash, but the next entry (whose own fields are intact) or the
 * anchor kept outside the database remembers another hash for it: it was rewritten with a recomputed hash;</li>
 * <li>{@link Status#MISSING}: a sequence absent between entries, before the first, or after the last up to the
 * anchor (deleted entries, the newest ones included).</li>
 * </ul>
 * An entry's status is final only once the next entry was seen, so the sink hears of each entry one step late.
 */
final class ChainCheck {

    /** An entry's place in the chain, with the code written to CSV. */
    enum Status {
        OK, EDITED, REPLACED, MISSING, PENDING;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Hears every entry and every gap, in sequence order. */
    interface Sink {
        void entry(StoredEntry entry, Status status) throws IOException;

        void missing(long from, long to) throws IOException;
    }

    private final Anchor anchor;
    private final Sink sink;
    private final List<Long> broken = new ArrayList<>();
    private final List<Long> missing = new ArrayList<>();
    private long entries;
    private long expected = 1;
    private StoredEntry held;
    private Status heldStatus;

    /** @param anchor the newest entry as remembered outside the database, or {@code null} when it is lost */
    ChainCheck(Anchor anchor, Sink sink) {
        this.anchor = anchor;
        this.sink = sink;
    }

    void accept(StoredEntry entry) throws IOException {
        entries++;
        boolean intact = entry.hash().equals(entry.expectedHash());
        Status status = intact ? Status.OK : Status.EDITED;
        if (intact && entry.sequence() == 1 && !ChainHash.GENESIS.equals(entry.previousHash())) {
            status = Status.EDITED; // the first entry follows nothing
        }
        if (intact && anchor != null && entry.sequence() == anchor.sequence() && !entry.hash().equals(anchor.hash())) {
            status = Status.REPLACED;
        }
        if (held != null && held.sequence() == entry.sequence() - 1 && intact && heldStatus == Status.OK
                && !entry.previousHash().equals(held.hash())) {
            heldStatus = Status.REPLACED; // this entry's link is authentic (its hash covers it), so the previous one changed
        }
        release();
        if (entry.sequence() > expected) {
            gap(expected, entry.sequence() - 1);
        }
        held = entry;
        heldStatus = status;
        expected = entry.sequence() + 1;
    }

    /** Ends the walk; returns whether the anchor was lost while the store holds entries. */
    boolean finish() throws IOException {
        release();
        if (anchor == null) {
            return entries > 0;
        }
        if (anchor.sequence() >= expected) {
            gap(expected, anchor.sequence());
        }
        return false;
    }

    private void release() throws IOException {
        if (held != null) {
            if (heldStatus != Status.OK && broken.size() < org.hisops.platform.api.AuditLog.Verification.MAX_LISTED) {
                broken.add(held.sequence());
            }
            sink.entry(held, heldStatus);
            held = null;
        }
    }

    private void gap(long from, long to) throws IOException {
        for (long s = from; s <= to && missing.size() < org.hisops.platform.api.AuditLog.Verification.MAX_LISTED; s++) {
            missing.add(s);
        }
        sink.missing(from, to);
    }

    long entries() {
        return entries;
    }

    List<Long> broken() {
        return broken;
    }

    List<Long> missing() {
        return missing;
    }
}
