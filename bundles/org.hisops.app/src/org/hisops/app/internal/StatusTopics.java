package org.hisops.app.internal;

/** Event topics of the shell's status line. */
public final class StatusTopics {

    /** A one-line message for the status line; the event's data is the text. */
    public static final String MESSAGE = "org/hisops/app/status/message";

    /** A warning for the status line (shown with a warning icon until the next message). */
    public static final String WARNING = "org/hisops/app/status/warning";

    private StatusTopics() {
    }
}
