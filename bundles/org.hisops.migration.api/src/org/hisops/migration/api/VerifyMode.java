package org.hisops.migration.api;

/** How deeply a table pair is compared. */
public enum VerifyMode {
    /** Row counts only: fast, finds missing or extra rows in bulk but no changed values. */
    COUNT,
    /** Per-segment hashes computed in both databases, differing segments bisected down to the differing rows. */
    CHECKSUM,
    /** As CHECKSUM on a share of the segments ({@link VerifyOptions#samplePercent()}); says so in the result. */
    SAMPLE
}
