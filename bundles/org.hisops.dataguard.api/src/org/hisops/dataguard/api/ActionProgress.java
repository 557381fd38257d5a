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

    /**
     * A step only the DBA can do on the server (SQL*Plus SHUTDOWN/STARTUP, pg_ctl): shown with its commands; returns
     * when the DBA says it is done ({@code true}) or gives up ({@code false}, the action then stops there). Called
     * on the action's thread, so a UI blocks it while its dialog is open, never its own thread.
     */
    default boolean serverStepDone(RunbookStep step) {
        return false;
    }
}
