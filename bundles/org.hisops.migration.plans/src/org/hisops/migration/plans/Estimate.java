package org.hisops.migration.plans;

/**
 * The size and duration of the Data Pump route.
 *
 * @param dataBytes table and LOB bytes of the chosen schemas (what ESTIMATE_ONLY=Y with ESTIMATE=BLOCKS reports)
 * @param indexBytes index bytes (not exported; rebuilt by the import)
 * @param throughputMegabytesPerSecond the figure the durations use
 * @param measured true when HisOps measured it (a completed Data Pump job of this site), false for the site's setting
 *        or the default assumption
 * @param exportSeconds expdp: dataBytes / throughput (0 with a network link)
 * @param transferSeconds copying the dump files to the target host (0 with a network link)
 * @param importSeconds impdp: (dataBytes + indexBytes) / throughput; over a network link dataBytes / min(throughput,
 *        link) + indexBytes / throughput
 * @param formula the formula with the figures filled in
 */
public record Estimate(long dataBytes, long indexBytes, double throughputMegabytesPerSecond, boolean measured,
        long exportSeconds, long transferSeconds, long importSeconds, String formula) {
}
