package org.hisops.demo.api;

import java.util.concurrent.CompletionStage;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The demo site's servers: a PostgreSQL primary and its streaming standby with the sample hospital database
 * {@value #DATABASE}, built in the background on first launch, started again on later launches, stopped when the
 * product exits. Runs only on the demo site, and not when the system property {@value #ENABLE_PROPERTY} is
 * {@code off} (product tests and benchmarks).
 * <p>
 * Methods return at once; the work runs in a background job that reports progress and can be cancelled.
 */
@ProviderType
public interface DemoSite {

    /** System property: {@code off} keeps the demo servers from being built or started. */
    String ENABLE_PROPERTY = "hisops.demo";
    /** The sample hospital database. */
    String DATABASE = "his";
    /** The account of the demo database, also used by the demo endpoints. */
    String USER = "hisops";

    /** Endpoint id of the PostgreSQL primary. */
    String PRIMARY_ENDPOINT = "demo-his-pg-primary";
    /** Endpoint id of the PostgreSQL standby. */
    String STANDBY_ENDPOINT = "demo-his-pg-standby";
    /** Endpoint id of the emulated Oracle 10.2.0.5 HIS database awaiting upgrade. */
    String ORACLE_10G_ENDPOINT = "demo-his-10g";
    /** Endpoint id of the emulated Oracle 11.2.0.4 primary. */
    String ORACLE_11G_PRIMARY_ENDPOINT = "demo-his-11g-primary";
    /** Endpoint id of the emulated Oracle 11.2.0.4 physical standby (mounted, SYSDBA). */
    String ORACLE_11G_STANDBY_ENDPOINT = "demo-his-11g-standby";

    /** What the demo servers are doing now. */
    DemoStatus status();

    /**
     * Stops the servers, deletes the demo folder and builds everything again in the background (a running build or
     * start is cancelled first). The stage completes with the status the rebuild ended in: {@link DemoState#RUNNING},
     * {@link DemoState#FAILED} or {@link DemoState#STOPPED} (cancelled); at once with {@link DemoState#DISABLED}
     * when the demo does not run here.
     */
    CompletionStage<DemoStatus> rebuild();

    /** Calls {@code listener} on every change of {@link #status()}, from a background thread. */
    void addListener(DemoSiteListener listener);

    void removeListener(DemoSiteListener listener);
}
