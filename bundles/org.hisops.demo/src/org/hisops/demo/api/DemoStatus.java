package org.hisops.demo.api;

import java.nio.file.Path;
import java.time.Instant;

/**
 * The demo site's status.
 *
 * @param state what the servers are doing
 * @param problem why it is not simply running (or what was repaired on the way), or {@code null}
 * @param detail the technical cause of a problem (never holds a password), or {@code null}
 * @param folder the demo folder (servers, logs and {@code demo.properties})
 * @param primaryPort the primary's port on 127.0.0.1, 0 before it was chosen
 * @param standbyPort the standby's port on 127.0.0.1, 0 before it was chosen
 * @param since when this state began
 */
public record DemoStatus(DemoState state, DemoProblem problem, String detail, Path folder, int primaryPort,
        int standbyPort, Instant since) {

    /** Whether both servers run. */
    public boolean running() {
        return state == DemoState.RUNNING;
    }
}
