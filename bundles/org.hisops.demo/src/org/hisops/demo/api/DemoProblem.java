package org.hisops.demo.api;

/**
 * Why the demo site is not (or was not) simply running. The UI shows {@code problem.<name>} from
 * {@code org.hisops.demo}'s translations; {@link DemoStatus#detail()} holds the technical cause.
 */
public enum DemoProblem {
    /** The demo folder held a damaged or half-built cluster (a crash during a build, a lost password): rebuilt. */
    DAMAGED_REBUILT,
    /** A remembered port is taken by another program now; the server moved to a new port and its endpoint with it. */
    PORT_CHANGED,
    /** The build was cancelled; nothing runs, and the next start builds again. */
    CANCELLED,
    /** Building failed (see the detail and the server logs in the demo folder). */
    BUILD_FAILED,
    /** The servers could not be started, nor rebuilt. */
    START_FAILED,
    /** The platform of this machine has no embedded PostgreSQL binaries (Linux x86_64 only). */
    UNSUPPORTED_PLATFORM;

    /** The translation key of the problem's message. */
    public String messageKey() {
        return "problem." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
