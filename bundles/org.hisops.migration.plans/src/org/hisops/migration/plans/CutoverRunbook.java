package org.hisops.migration.plans;

import java.util.List;

/**
 * The cut-over night: steps with durations from the data volume and the throughput, and the go/no-go table.
 *
 * @param steps in order
 * @param downtimeSeconds from the application freeze to the interfaces switched
 * @param windowSeconds the site's maintenance window
 * @param goNoGo the criteria
 */
public record CutoverRunbook(List<RunbookStep> steps, long downtimeSeconds, long windowSeconds, List<GoNoGo> goNoGo) {

    public CutoverRunbook {
        steps = List.copyOf(steps);
        goNoGo = List.copyOf(goNoGo);
    }
}
