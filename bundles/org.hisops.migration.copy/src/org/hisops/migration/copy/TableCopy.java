package org.hisops.migration.copy;

/**
 * One table of a run.
 *
 * @param source the source table
 * @param target the target table
 * @param state where it stands
 * @param sourceRows rows the source held in the snapshot of the last attempt ({@code count(*)} in that snapshot)
 * @param targetRows rows in the target after the last attempt
 * @param rejected rows the target refused (each in {@link CopyService#rejects} with its reason)
 * @param streamed rows read from the source over all attempts (a resumed table re-reads nothing already committed)
 * @param attempts how many times the table was started (1 + resumptions)
 * @param problem why it failed, or null
 */
public record TableCopy(String source, String target, TableState state, long sourceRows, long targetRows,
        long rejected, long streamed, int attempts, String problem) {

    public enum TableState {
        PENDING,
        COPYING,
        /** Copied; sourceRows == targetRows + rejected. */
        DONE,
        /** A database failure stopped it; resumable. */
        FAILED,
        /** Copied, but the counts do not add up (the source changed between attempts, or a defect). */
        MISMATCH,
        /** Not copied: the translation refused it (see the notes). */
        REFUSED
    }

    /** Whether read = written + rejected holds. */
    public boolean countsAddUp() {
        return sourceRows == targetRows + rejected;
    }
}
