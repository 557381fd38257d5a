package org.hisops.platform.audit.internal;

import java.io.IOException;
import java.util.Properties;

import org.hisops.platform.api.DataFolder;

/**
 * The newest entry's sequence and hash, kept outside the database in {@code audit-anchor.properties} of the data
 * folder: the chain alone cannot show that its newest entries were deleted, the anchor can. Also remembers the last
 * finding the log recorded about itself, so that a finding is recorded once.
 *
 * @param reported digest of the last finding recorded as {@code audit.verify}, or {@code null}
 */
record Anchor(long sequence, String hash, String reported) {

    static final String FILE = "audit-anchor.properties";

    /** The anchor, or {@code null} when the file is missing, damaged or incomplete. */
    static Anchor read(DataFolder folder) {
        try {
            Properties p = folder.load(FILE);
            String sequence = p.getProperty("sequence");
            String hash = p.getProperty("hash");
            if (sequence == null || hash == null || !hash.matches("[0-9a-f]{64}")) {
                return null;
            }
            long s = Long.parseLong(sequence.trim());
            return s < 0 ? null : new Anchor(s, hash, p.getProperty("reported"));
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    void write(DataFolder folder) throws IOException {
        Properties p = new Properties();
        p.setProperty("sequence", Long.toString(sequence));
        p.setProperty("hash", hash);
        if (reported != null) {
            p.setProperty("reported", reported);
        }
        folder.store(FILE, p, "HisOps audit log: the newest entry, kept outside the database (do not edit)");
    }
}
