package org.hisops.assessment.data.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.Site;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code hisops-cli baseline} in OSGi on the emulated scenarios: a baseline is taken and stored, an endpoint that
 * is down ends with 4 and says what to do in the reader's language, Ctrl-C saves nothing (130), wrong arguments
 * are refused; and the command is registered as a service for the command line to find.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BaselineCommandTest {

    private static final Site SITE = new Site("site-cli", "CLI site", null);
    private PerformanceBaselinesComponent perf;
    private BaselineCommand command;

    @BeforeAll
    void services() throws Exception {
        perf = Fixtures.perf(Fixtures.service(DatabaseSessions.class), new Fixtures.MapSettings());
        command = new BaselineCommand(perf);
    }

    @Test
    void theCommandIsAServiceOfTheCommandLine() throws Exception {
        var context = org.osgi.framework.FrameworkUtil.getBundle(BaselineCommandTest.class).getBundleContext();
        boolean found = false;
        for (long end = System.currentTimeMillis() + 10_000; !found && System.currentTimeMillis() < end; Thread.sleep(50)) {
            for (var ref : context.getServiceReferences(CliCommand.class, null)) {
                found |= "baseline".equals(context.getService(ref).name());
            }
        }
        assertTrue(found, "a CliCommand named baseline is registered");
        assertTrue(command.usage(Locale.ENGLISH).contains("--interval SECONDS"));
        assertTrue(command.usage(Locale.SIMPLIFIED_CHINESE).startsWith("\u7528\u6cd5"));
    }

    @Test
    void aBaselineIsTakenAndStored() throws Exception {
        Endpoint e = Fixtures.oracle("cli-10g-" + System.nanoTime(), SITE.id(), "assessment-data-10g", false);
        Run run = new Run(Locale.ENGLISH, List.of(e), "--site", SITE.id(), "--endpoint", e.id(), "--name", "before upgrade");
        assertEquals(ExitCodes.OK, run.exit(command));
        assertTrue(run.printed().startsWith("Baseline \"before upgrade\" saved (id "), run.printed());
        assertTrue(run.printed().contains("10.2.0.5.0 emulated, since the instance started"), run.printed());
        assertTrue(run.progress().contains(e.name() + ": snapshot since the instance started..."), run.progress());
        assertTrue(perf.list(e.id()).stream().anyMatch(b -> b.name().equals("before upgrade")), "stored");
    }

    @Test
    void anEndpointThatIsDownEndsIncompleteAndSaysWhatToDoInChinese() throws Exception {
        Endpoint e = Fixtures.oracle("cli-down-" + System.nanoTime(), SITE.id(), "listener-down", false);
        Run run = new Run(Locale.SIMPLIFIED_CHINESE, List.of(e), "--site", SITE.id(), "--endpoint", e.id());
        assertEquals(ExitCodes.INCOMPLETE, run.exit(command));
        assertTrue(run.progress().contains("\u672a\u80fd\u91c7\u96c6") && run.progress().contains("lsnrctl start")
                && !run.progress().contains("{"), run.progress());
        assertTrue(perf.list(e.id()).isEmpty());
    }

    @Test
    void ctrlCWhileWaitingSavesNothing() throws Exception {
        Endpoint e = Fixtures.oracle("cli-stop-" + System.nanoTime(), SITE.id(), "assessment-data-10g", false);
        Run run = new Run(Locale.ENGLISH, List.of(e), "--site", SITE.id(), "--endpoint", e.id(), "--interval", "3600");
        run.cancelOnFirstProgress = true; // as Ctrl-C during the first snapshot: no timing involved
        assertEquals(ExitCodes.CANCELLED, run.exit(command));
        assertTrue(run.progress().contains("Stopped: no baseline was saved."), run.progress());
        assertTrue(perf.list(e.id()).isEmpty());
    }

    @Test
    void wrongArgumentsAreRefused() throws Exception {
        Endpoint e = Fixtures.oracle("cli-args-" + System.nanoTime(), SITE.id(), "assessment-data-10g", false);
        assertThrows(CliUsageException.class, () -> new Run(Locale.ENGLISH, List.of(e), "--site", SITE.id(),
                "--endpoint", e.id(), "--interval", "360000").exit(command), "more than a day");
        assertThrows(CliUsageException.class, () -> new Run(Locale.ENGLISH, List.of(e), "--site", SITE.id()).exit(command),
                "no endpoint");
        assertThrows(CliUsageException.class, () -> new Run(Locale.ENGLISH, List.of(e), "--site", SITE.id(),
                "--endpoint", "no-such-endpoint").exit(command));
    }

    /** One command line: the invocation the launcher would give, with out and err kept. */
    private static final class Run implements CliInvocation {
        private final Locale locale;
        private final List<Endpoint> endpoints;
        private final List<String> arguments;
        private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        private final Cancellation cancellation = Cancellation.none();
        private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8) {
            @Override
            public void println(String x) {
                super.println(x);
                if (cancelOnFirstProgress) {
                    cancellation.cancel();
                }
            }
        };
        boolean cancelOnFirstProgress;

        Run(Locale locale, List<Endpoint> endpoints, String... arguments) {
            this.locale = locale;
            this.endpoints = endpoints;
            this.arguments = List.of(arguments);
        }

        int exit(CliCommand command) throws CliUsageException, org.hisops.cli.api.CliRefusedException {
            return command.run(this);
        }

        String printed() {
            return outBytes.toString(StandardCharsets.UTF_8);
        }

        String progress() {
            return errBytes.toString(StandardCharsets.UTF_8);
        }

        @Override
        public List<String> arguments() {
            return arguments;
        }

        @Override
        public PrintStream out() {
            return out;
        }

        @Override
        public PrintStream err() {
            return err;
        }

        @Override
        public Locale locale() {
            return locale;
        }

        @Override
        public Cancellation cancellation() {
            return cancellation;
        }

        @Override
        public Path workingDirectory() {
            return Path.of(".");
        }

        @Override
        public List<Site> sites() {
            return List.of(SITE);
        }

        @Override
        public Site site(String idOrName) throws CliUsageException {
            if (idOrName == null || SITE.id().equals(idOrName)) {
                return SITE;
            }
            throw new CliUsageException("unknown site " + idOrName);
        }

        @Override
        public List<Endpoint> endpoints(Site site) {
            return endpoints;
        }

        @Override
        public java.io.InputStream in() {
            return java.io.InputStream.nullInputStream();
        }

        @Override
        public void requireCapability(Site site, String capabilityId)
                throws org.hisops.cli.api.CliRefusedException {
            var context = org.osgi.framework.FrameworkUtil.getBundle(BaselineCommandTest.class).getBundleContext();
            try {
                context.getService(context.getServiceReference(CapabilityRegistry.class)).require(site.id(),
                        capabilityId);
            } catch (org.hisops.platform.api.CapabilityRefusedException e) {
                throw new org.hisops.cli.api.CliRefusedException(e.getMessage(), ExitCodes.UNAVAILABLE);
            }
        }

        @Override
        public Endpoint endpoint(Site site, String idOrName) throws CliUsageException {
            return endpoints.stream().filter(e -> e.id().equals(idOrName) || e.name().equals(idOrName)).findFirst()
                    .orElseThrow(() -> new CliUsageException("unknown endpoint " + idOrName));
        }
    }
}
