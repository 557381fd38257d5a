package org.hisops.platform.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.hisops.platform.api.CapabilityCategory;
import org.hisops.platform.api.CapabilityEntry;
import org.hisops.platform.api.CapabilityEvent;
import org.hisops.platform.api.CapabilityEvent.Kind;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.core.tests.fixtures.FixtureCapability;
import org.hisops.platform.core.tests.fixtures.TestBundles;
import org.hisops.platform.core.tests.fixtures.ThrowingActivator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

/**
 * Capability bundles installed, started, stopped, updated and uninstalled in the running framework, as a site's
 * administrator or a dropped-in vendor bundle would. Each step must reach the registry's listeners; failures of one
 * bundle must stay with that bundle; a clean life cycle must log nothing.
 */
class CapabilityLifecycleTest {

    /** Generous: these tests prove that events arrive, not how fast (releng/bench measures that). */
    private static final long WAIT_SECONDS = 20;

    @TempDir
    Path temp;

    private BundleContext context;
    private CapabilityRegistry registry;
    private final BlockingQueue<CapabilityEvent> events = new LinkedBlockingQueue<>();
    private CapabilityRegistry.Registration registration;
    private final List<LogEntry> problems = new ArrayList<>();
    private final LogListener logListener = entry -> {
        if (entry.getLogLevel().ordinal() <= LogLevel.WARN.ordinal() || entry.getException() != null) {
            synchronized (problems) {
                problems.add(entry);
            }
        }
    };
    private LogReaderService logReader;
    private final List<Bundle> installed = new ArrayList<>();

    @BeforeEach
    void setUp() {
        context = FrameworkUtil.getBundle(CapabilityLifecycleTest.class).getBundleContext();
        assertNotNull(context, "the platform core bundle must be started for these tests");
        ServiceReference<CapabilityRegistry> ref = context.getServiceReference(CapabilityRegistry.class);
        assertNotNull(ref, "the capability registry is not registered");
        registry = context.getService(ref);
        registration = registry.addListener(events::add);
        ServiceReference<LogReaderService> logRef = context.getServiceReference(LogReaderService.class);
        logReader = context.getService(logRef);
        logReader.addLogListener(logListener);
    }

    @AfterEach
    void tearDown() throws BundleException {
        registration.close();
        logReader.removeLogListener(logListener);
        for (Bundle bundle : installed) {
            if (bundle.getState() != Bundle.UNINSTALLED) {
                bundle.uninstall();
            }
        }
    }

    private Bundle install(TestBundles.Builder builder) throws Exception {
        Path jar = new TestBundles(temp).write(builder);
        Bundle bundle = context.installBundle(jar.toUri().toString());
        installed.add(bundle);
        return bundle;
    }

    private CapabilityEvent next(Kind kind, String id) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            CapabilityEvent event = events.poll(100, TimeUnit.MILLISECONDS);
            if (event != null && event.kind() == kind && event.entry().id().equals(id)) {
                return event;
            }
        }
        throw new AssertionError("no " + kind + " event for " + id + " within " + WAIT_SECONDS + " s");
    }

    @Test
    void aCapabilityFollowsItsBundleThroughTheWholeLifeCycle() throws Exception {
        String id = "test.lifecycle";
        Bundle bundle = install(TestBundles.capability("test.lifecycle.bundle", id).name("Lifecycle").version("1.0.0"));
        assertTrue(registry.find(id).isEmpty(), "an installed but not started bundle contributes nothing");

        bundle.start();
        CapabilityEntry added = next(Kind.ADDED, id).entry();
        assertTrue(added.available());
        assertEquals(CapabilityCategory.INSPECTION, added.category());
        assertEquals("Lifecycle", added.name(Locale.ENGLISH));
        assertEquals("test.lifecycle.bundle", added.bundleSymbolicName());
        assertTrue(registry.capabilities().stream().anyMatch(e -> e.id().equals(id)));

        bundle.stop();
        next(Kind.REMOVED, id);
        assertTrue(registry.find(id).isEmpty(), "a stopped bundle's capability is gone");

        bundle.start();
        next(Kind.ADDED, id);

        Path v2 = new TestBundles(temp).write(TestBundles.capability("test.lifecycle.bundle", id).name("Lifecycle 2")
                .version("2.0.0"));
        try (var in = Files.newInputStream(v2)) {
            bundle.update(in);
        }
        CapabilityEntry updated = next(Kind.ADDED, id).entry();
        assertEquals("2.0.0", updated.capability().version());
        assertEquals("Lifecycle 2", registry.find(id).orElseThrow().name(Locale.ENGLISH));

        bundle.uninstall();
        next(Kind.REMOVED, id);
        assertTrue(registry.find(id).isEmpty(), "an uninstalled bundle's capability is gone");

        synchronized (problems) {
            assertTrue(problems.isEmpty(), "a clean life cycle logs no warning or error: " + describe(problems));
        }
    }

    @Test
    void aCapabilityWhoseActivationThrowsIsListedWithTheReason() throws Exception {
        String id = "test.failing";
        Bundle bundle = install(TestBundles.capability("test.failing.bundle", id).failingActivation());
        bundle.start();
        CapabilityEntry entry = next(Kind.ADDED, id).entry();
        assertFalse(entry.available());
        assertNull(entry.capability());
        assertNotNull(entry.failure());
        assertTrue(entry.failure().contains(FixtureCapability.FAILURE), "the failure names the cause: " + entry.failure());
        assertEquals(entry, registry.find(id).orElseThrow());
        assertTrue(registry.find("org.hisops.platform.components").orElseThrow().available(),
                "the platform's own capability is unaffected");
    }

    @Test
    void aBundleWhoseActivatorThrowsLeavesTheRestWorking() throws Exception {
        Bundle broken = install(TestBundles.capability("test.broken.bundle", "test.broken").throwingActivator());
        BundleException thrown = assertThrows(BundleException.class, broken::start);
        assertTrue(String.valueOf(thrown.getCause()).contains(ThrowingActivator.FAILURE));
        assertEquals(Bundle.RESOLVED, broken.getState());
        assertTrue(registry.find("test.broken").isEmpty(), "a bundle that did not start contributes nothing");

        Bundle good = install(TestBundles.capability("test.after.broken.bundle", "test.after.broken"));
        good.start();
        assertTrue(next(Kind.ADDED, "test.after.broken").entry().available(), "other bundles still install and work");
    }

    @Test
    void twoProvidersOfOneIdShowOnceAndTheOtherTakesOverWhenOneGoes() throws Exception {
        String id = "test.shared";
        Bundle first = install(TestBundles.capability("test.shared.first", id).name("First"));
        Bundle second = install(TestBundles.capability("test.shared.second", id).name("Second"));
        first.start();
        next(Kind.ADDED, id);
        second.start();
        next(Kind.ADDED, id);
        assertEquals(1, registry.capabilities().stream().filter(e -> e.id().equals(id)).count());
        assertEquals("First", registry.find(id).orElseThrow().name(Locale.ENGLISH), "the older service wins a tie");
        first.stop();
        next(Kind.REMOVED, id);
        assertEquals("Second", registry.find(id).orElseThrow().name(Locale.ENGLISH));
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheOthers() throws Exception {
        CapabilityRegistry.Registration bad = registry.addListener(e -> {
            throw new IllegalStateException("listener failure");
        });
        try {
            Bundle bundle = install(TestBundles.capability("test.listener.bundle", "test.listener"));
            bundle.start();
            assertTrue(next(Kind.ADDED, "test.listener").entry().available());
        } finally {
            bad.close();
        }
    }

    private static String describe(List<LogEntry> entries) {
        StringBuilder s = new StringBuilder();
        for (LogEntry e : entries) {
            s.append("\n  ").append(e.getLogLevel()).append(' ').append(e.getBundle().getSymbolicName()).append(": ")
                    .append(e.getMessage()).append(e.getException() == null ? "" : " " + e.getException());
        }
        return s.toString();
    }
}
