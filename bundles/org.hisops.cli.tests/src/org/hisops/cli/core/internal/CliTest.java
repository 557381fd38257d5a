package org.hisops.cli.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.hisops.cli.api.CliCommand;
import org.hisops.cli.api.CliInvocation;
import org.hisops.cli.api.CliUsageException;
import org.hisops.cli.api.ExitCodes;
import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.platform.api.SiteDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/** The dispatcher with a command of the test's own, registered as a service as a capability would. */
class CliTest {

    private BundleContext context;
    private ServiceRegistration<CliCommand> registration;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cancellation cancellation = new Cancellation();

    @BeforeEach
    void register() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(CliTest.class);
        bundle.start();
        context = bundle.getBundleContext();
        registration = context.registerService(CliCommand.class, new Probe(), null);
    }

    @AfterEach
    void unregister() {
        registration.unregister();
    }

    private int run(Locale locale, String... args) {
        try (Cli cli = new Cli(context, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), locale, Path.of("."), cancellation, 200)) {
            return cli.run(List.of(args));
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsTheInstalledCommandsAndTheExitCodes() {
        assertEquals(ExitCodes.OK, run(Locale.ENGLISH));
        assertTrue(out().contains("probe        Answers for the test"), out());
        assertTrue(out().contains("Exit codes: 0 done"), out());
        assertEquals(ExitCodes.OK, run(Locale.SIMPLIFIED_CHINESE, "help", "probe"));
        assertTrue(out().contains("probe code N | usage | defect | cancel"), out());
    }

    @Test
    void anUnknownCommandIsAUsageErrorNamingTheCommandsThereAre() {
        assertEquals(ExitCodes.USAGE, run(Locale.SIMPLIFIED_CHINESE, "asess"));
        assertTrue(err().contains("没有命令 \"asess\"。"), err());
        assertTrue(err().contains("probe"), err());
    }

    @Test
    void theCommandsCodeIsTheExitCode() {
        assertEquals(3, run(Locale.ENGLISH, "probe", "code", "3"));
        assertEquals(0, run(Locale.ENGLISH, "probe", "code", "0"));
    }

    @Test
    void wrongArgumentsPrintTheMessageAndTheUsage() {
        assertEquals(ExitCodes.USAGE, run(Locale.ENGLISH, "probe", "usage"));
        assertTrue(err().startsWith("Option --site is required."), err());
        assertTrue(err().contains("probe code N | usage | defect | cancel"), err());
    }

    @Test
    void aDefectIsReportedWithItsTraceAndCode70() {
        assertEquals(ExitCodes.SOFTWARE, run(Locale.ENGLISH, "probe", "defect"));
        assertTrue(err().contains("The command \"probe\" failed with a defect: java.lang.IllegalStateException: broken"),
                err());
        assertTrue(err().contains("at org.hisops.cli.core.internal.CliTest$Probe.run"), err());
    }

    @Test
    void aCancelledRunEndsWith130WhateverTheCommandReturns() {
        assertEquals(ExitCodes.CANCELLED, run(Locale.ENGLISH, "probe", "cancel"));
    }

    @Test
    void sitesAndEndpointsAreFoundByIdOrNameAndUnknownOnesNamed() throws Exception {
        SiteDirectory sites = service(SiteDirectory.class);
        EndpointDirectory endpoints = service(EndpointDirectory.class);
        String siteId = sites.current().id();
        endpoints.save(Endpoint.of("cli-test-his", siteId, "HIS-PG", "HIS", Engine.POSTGRESQL, "localhost", 5432,
                AddressKind.DATABASE, "his", "his"));
        try {
            assertEquals(0, run(Locale.ENGLISH, "probe", "find", siteId, "his-pg"));
            assertTrue(out().contains("site=" + siteId + " endpoint=cli-test-his"), out());
            String name = sites.current().displayName(Locale.SIMPLIFIED_CHINESE);
            assertEquals(0, run(Locale.ENGLISH, "probe", "find", name, "cli-test-his"));
            assertEquals(ExitCodes.USAGE, run(Locale.ENGLISH, "probe", "find", "No Such Hospital", "x"));
            assertTrue(err().contains("There is no site \"No Such Hospital\". Sites: " + siteId), err());
            assertEquals(ExitCodes.USAGE, run(Locale.ENGLISH, "probe", "find", siteId, "HIS-ORA"));
            assertTrue(err().contains("has no endpoint \"HIS-ORA\". Its endpoints: HIS-PG [cli-test-his]"), err());
        } finally {
            endpoints.delete("cli-test-his");
        }
    }

    private <S> S service(Class<S> type) throws InterruptedException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        S service = tracker.waitForService(30_000);
        assertNotNull(service, type.getSimpleName());
        return service;
    }

    private final class Probe implements CliCommand {

        @Override
        public String name() {
            return "probe";
        }

        @Override
        public String summary(Locale locale) {
            return "Answers for the test";
        }

        @Override
        public String usage(Locale locale) {
            return "probe code N | usage | defect | cancel | find SITE ENDPOINT";
        }

        @Override
        public int run(CliInvocation invocation) throws CliUsageException {
            List<String> args = invocation.arguments();
            switch (args.get(0)) {
                case "code":
                    return Integer.parseInt(args.get(1));
                case "usage":
                    org.hisops.cli.api.CliArguments.parse(List.of(), invocation.locale(), java.util.Set.of("site"),
                            java.util.Set.of()).required("site");
                    return 0;
                case "defect":
                    throw new IllegalStateException("broken");
                case "cancel":
                    cancellation.cancel(); // as Ctrl-C would while the command runs
                    return ExitCodes.OK;
                case "find":
                    var site = invocation.site(args.get(1));
                    invocation.out().println("site=" + site.id() + " endpoint=" + invocation.endpoint(site, args.get(2)).id());
                    return 0;
                default:
                    return ExitCodes.USAGE;
            }
        }
    }
}
