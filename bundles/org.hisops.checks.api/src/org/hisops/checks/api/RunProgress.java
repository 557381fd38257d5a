package org.hisops.checks.api;

import org.osgi.annotation.versioning.ConsumerType;

/** Follows a run; called from the runner's threads, so it must return quickly and not throw. */
@ConsumerType
public interface RunProgress {

    RunProgress NONE = new RunProgress() {
    };

    /** The run will take {@code total} checks (applicable or not). */
    default void started(int total) {
    }

    /** A check ended ({@code done} of {@code total}). */
    default void checkDone(CheckResult result, int done, int total) {
    }
}
