package org.hisops.demo.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.demo.api.DemoProblem;
import org.hisops.demo.api.DemoSite;
import org.hisops.demo.api.DemoSiteListener;
import org.hisops.demo.api.DemoStatus;
import org.hisops.platform.api.DataFolder;
import org.hisops.platform.api.Site;
import org.hisops.platform.api.SiteDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The demo site of this installation, in {@code <data folder>/demo}. On the demo site (and unless
 * {@code -Dhisops.demo=off}) its servers are started, or built on first launch, {@link #AFTER_STARTUP} after the
 * workbench window is up, so the window never waits for them and they do not compete with it for the processor;
 * headless (no workbench), after {@link #HEADLESS_DELAY}. They are stopped when this component is deactivated (the
 * product exits or the bundle stops), and by a JVM shutdown hook should the JVM end without that.
 */
@Component(service = { DemoSite.class, EventHandler.class }, immediate = true,
        property = EventConstants.EVENT_TOPIC + "=" + DemoSiteComponent.APP_STARTUP_COMPLETE)
public class DemoSiteComponent implements DemoSite, EventHandler {

    /** Posted by the e4 workbench when its window is up (UIEvents.UILifeCycle.APP_STARTUP_COMPLETE). */
    static final String APP_STARTUP_COMPLETE = "org/eclipse/e4/ui/LifeCycle/appStartupComplete";
    /**
     * The event comes when the window is created, a moment before it is painted; starting two servers then (about
     * a second of processor on 2 cores) was measured to delay the window, so the job waits this long after it.
     */
    static final Duration AFTER_STARTUP = Duration.ofSeconds(3);
    /** Without a workbench nothing posts that event; start anyway after this. */
    static final Duration HEADLESS_DELAY = Duration.ofSeconds(10);
    /** How long deactivation waits for a cancelled job before it stops the servers under it. */
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(60);

    private final DemoHospital hospital;
    private final AtomicBoolean started = new AtomicBoolean();
    private final Thread exitHook;

    @Activate
    public DemoSiteComponent(@Reference SiteDirectory sites, @Reference DataFolder dataFolder,
            @Reference EndpointDirectory endpoints, @Reference CredentialStore credentials,
            @Reference(service = LoggerFactory.class) Logger logger) {
        boolean demoSite = Site.DEMO_ID.equals(sites.current().id());
        boolean switchedOff = "off".equalsIgnoreCase(System.getProperty(ENABLE_PROPERTY, "").trim());
        boolean supported = isLinuxX86_64();
        boolean enabled = demoSite && !switchedOff && supported;
        hospital = new DemoHospital(dataFolder.path().resolve("demo"), endpoints, credentials, logger, enabled,
                demoSite && !switchedOff && !supported ? DemoProblem.UNSUPPORTED_PLATFORM : null, Locale.getDefault());
        if (!enabled) {
            logger.info("Demo servers off: {}", !demoSite ? "the current site is not the demo site"
                    : switchedOff ? "-D" + ENABLE_PROPERTY + "=off" : "no embedded PostgreSQL for this platform");
            exitHook = null;
            return;
        }
        exitHook = new Thread(() -> hospital.stop(Duration.ofSeconds(20)), "hisops-demo-exit");
        Runtime.getRuntime().addShutdownHook(exitHook);
        Thread.ofVirtual().name("hisops-demo-headless-start").start(() -> {
            try {
                Thread.sleep(HEADLESS_DELAY.toMillis());
                startOnce(Duration.ZERO);
            } catch (InterruptedException e) {
                // deactivated before; nothing to start
            }
        });
    }

    /** The workbench window is up: the demo may use the processor now. */
    @Override
    public void handleEvent(Event event) {
        startOnce(AFTER_STARTUP);
    }

    private void startOnce(Duration delay) {
        if (started.compareAndSet(false, true)) {
            hospital.start(delay);
        }
    }

    @Deactivate
    void deactivate() {
        started.set(true); // a late event or timer must not start anything now
        hospital.stop(STOP_PATIENCE);
        if (exitHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(exitHook);
            } catch (IllegalStateException exiting) {
                // the JVM is exiting already; the hook finds the servers stopped
            }
        }
    }

    @Override
    public DemoStatus status() {
        return hospital.status();
    }

    @Override
    public CompletionStage<DemoStatus> rebuild() {
        started.set(true);
        return hospital.rebuild();
    }

    @Override
    public void addListener(DemoSiteListener listener) {
        hospital.addListener(listener);
    }

    @Override
    public void removeListener(DemoSiteListener listener) {
        hospital.removeListener(listener);
    }

    /** The embedded binaries are Linux x86_64 only; on Windows desktops the demo's PostgreSQL cannot run. */
    private static boolean isLinuxX86_64() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return os.startsWith("linux") && (arch.equals("amd64") || arch.equals("x86_64"));
    }
}
