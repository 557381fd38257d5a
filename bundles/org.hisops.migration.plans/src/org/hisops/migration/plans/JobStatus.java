package org.hisops.migration.plans;

/**
 * A Data Pump job as HisOps sees it from DBA_DATAPUMP_JOBS and V$SESSION_LONGOPS.
 *
 * @param owner the job's owner
 * @param jobName the job's name
 * @param state DBA_DATAPUMP_JOBS.STATE (EXECUTING, STOP PENDING, ...), or COMPLETED / ENDED when the job is no
 *        longer listed (its master table dropped at the end): COMPLETED when the work done reached the total
 * @param doneMegabytes V$SESSION_LONGOPS.SOFAR (MB)
 * @param totalMegabytes V$SESSION_LONGOPS.TOTALWORK (MB, the job's estimate)
 * @param emulated whether it ran on the emulated Oracle
 */
public record JobStatus(String owner, String jobName, String state, long doneMegabytes, long totalMegabytes,
        boolean emulated) {

    public static final String COMPLETED = "COMPLETED";
    public static final String ENDED = "ENDED";

    /** Done in percent, 0-100. */
    public int percent() {
        return totalMegabytes <= 0 ? 0 : (int) Math.min(100, doneMegabytes * 100 / totalMegabytes);
    }

    /** Whether the job runs no more. */
    public boolean finished() {
        return COMPLETED.equals(state) || ENDED.equals(state);
    }
}
