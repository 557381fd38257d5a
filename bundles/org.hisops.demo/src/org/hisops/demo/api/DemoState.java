package org.hisops.demo.api;

/** The states of the demo servers. */
public enum DemoState {
    /** Not the demo site, or switched off with {@code -Dhisops.demo=off}: nothing is built or started. */
    DISABLED,
    /** Not running: before the first start, after the product stopped them, or after a cancelled build. */
    STOPPED,
    /** Building the servers and the sample database from scratch (first launch, damaged folder, rebuild). */
    BUILDING,
    /** Starting the servers built in an earlier run. */
    STARTING,
    /** Both servers run and the standby streams; the endpoints are registered. */
    RUNNING,
    /** Building or starting failed; {@link DemoStatus#problem()} says how. */
    FAILED;

    /** The translation key of the state's name in {@code org.hisops.demo}'s texts. */
    public String nameKey() {
        return "state." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
