package org.hisops.dataguard.api;

import org.osgi.annotation.versioning.ConsumerType;

/** Told about each step of a running action, on the action's thread (a UI hops to its own thread). @since 1.1 */
@ConsumerType
public interface ActionProgress {

    ActionProgress NONE = new ActionProgress() {
    };

    default void started(RunbookStep step) {
    }

    default void finished(StepResult result) {
    }
}
