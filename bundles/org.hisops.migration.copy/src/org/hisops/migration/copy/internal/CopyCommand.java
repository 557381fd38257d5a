package org.hisops.migration.copy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.hisops.cli.api.CliArguments;
import org.hisops.cli.api.CliCommand;
import org.hisops.cli.api.CliInvocation;
import org.hisops.cli.api.CliRefusedException;
import org.hisops.cli.api.CliUsageException;
import org.hisops.cli.api.ExitCodes;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DbProblem;
import org.hisops.migration.api.MigrationProject;
import org.hisops.migration.api.MigrationProjects;
import org.hisops.migration.api.RowDifference;
import org.hisops.migration.api.TableResult;
import org.hisops.migration.api.TableStatus;
import org.hisops.migration.api.VerificationException;
import org.hisops.migration.api.Verifications;
import org.hisops.migration.api.VerifyResult;
import org.hisops.migration.copy.CopyException;
import org.hisops.migration.copy.CopyListener;
import org.hisops.migration.copy.CopyPlan;
import org.hisops.migration.copy.CopyPreflight;
import org.hisops.migration.copy.CopyReject;
import org.hisops.migration.copy.CopyRequest;
import org.hisops.migration.copy.CopyRun;
import org.hisops.migration.copy.CopyService;
import org.hisops.migration.copy.CopyTexts;
import org.hisops.migration.copy.MappingNote;
import org.hisops.migration.copy.TableCopy;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.Site;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code hisops-cli copy}: a copy run (or the resumption of one) without a window, for the migration night's script.
 * A copy changes a database: it needs {@code --confirm} with the target's database name and the administrator's
 * password on standard input ({@code --admin-password-stdin}), and the site's migration capability switched on.
 * Exit code by the run's state: 0 done, 2 done with rejected rows or tables not copied, 3 failed (counts do not add
 * up) or the verification found differences, 4 interrupted (resume it with {@code --resume}), 130 stopped; 69 the
 * capability is switched off, 77 the confirmation or the password is missing or wrong.
 */
@Component(service = CliCommand.class)
public final class CopyCommand implements CliCommand {

    /** The migration capability ({@code MigrationCapability.ID} of org.hisops.migration.core) the site switches. */
    static final String MIGRATION_CAPABILITY = "org.hisops.migration";

    private static final BundleTexts TEXTS = BundleTexts.of(CopyCommand.class);
    private static final int REJECTS_SHOWN = 20;
    /** A password line longer than this is not a password: refuse it instead of reading a file into memory. */
    private static final int PASSWORD_MAX = 1024;

    private final CopyService copy;
    private final AccessControl access;
    private volatile MigrationProjects projects;
    private volatile Verifications verifications;

    @Activate
    public CopyCommand(@Reference CopyService copy, @Reference AccessControl access) {
        this.copy = copy;
        this.access = access;
    }

    /** The verification engine, to list the tables a copy's verification found not equal; optional like it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setVerifications(Verifications service) {
        verifications = service;
    }

    void unsetVerifications(Verifications service) {
        if (verifications == service) {
            verifications = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setProjects(MigrationProjects service) {
        projects = service;
    }

    void unsetProjects(MigrationProjects service) {
        if (projects == service) {
            projects = null;
        }
    }

    @Override
    public String name() {
        return "copy";
    }

    @Override
    public String summary(Locale locale) {
        return TEXTS.text(locale, "cli.copy.summary", "");
    }

    @Override
    public String usage(Locale locale) {
        return TEXTS.text(locale, "cli.copy.usage", "");
    }

    @Override
    public int run(CliInvocation invocation) throws CliUsageException, CliRefusedException {
        Locale locale = invocation.locale();
        CliArguments arguments = CliArguments.parse(invocation.arguments(), locale, Set.of("site", "source",
                "source-schema", "target", "target-schema", "tables", "batch-rows", "workers", "resume", "confirm",
                "project"), Set.of("admin-password-stdin")).noPositional();
        CopyListener progress = new CopyListener() {
            @Override
            public void tableFinished(TableCopy table) {
                invocation.err().println(line(locale, table));
            }

            @Override
            public void verificationProgress(String table, int done, int total, String status) {
                if (status != null) {
                    invocation.err().println(TEXTS.format(locale, "cli.copy.verified", table, status));
                }
            }
        };
        try {
            CopyRun run;
            if (arguments.value("resume").isPresent()) {
                long id = arguments.number("resume", 1, Integer.MAX_VALUE).orElseThrow();
                Optional<CopyRun> stored = copy.run(id);
                if (stored.isPresent() && (stored.get().state() == CopyRun.RunState.DONE
                        || stored.get().state() == CopyRun.RunState.DONE_WITH_REJECTS)) {
                    report(invocation, stored.get()); // nothing to change: shown to anyone
                    return exitCode(stored.get(), false);
                }
                if (stored.isPresent()) {
                    CopyRequest request = stored.get().request();
                    Optional<Site> site = siteOf(invocation, request.targetEndpointId());
                    if (site.isPresent()) {
                        invocation.requireCapability(site.get(), MIGRATION_CAPABILITY);
                    }
                    CopyPreflight preflight = copy.preflight(request.withTables(List.of()), invocation.cancellation());
                    Integer refused = confirm(invocation, arguments, preflight, true);
                    if (refused != null) {
                        return refused;
                    }
                }
                try {
                    run = copy.resume(id, progress, invocation.cancellation());
                } finally {
                    access.signOut();
                }
            } else {
                Site site = invocation.site(arguments.value("site").orElse(null));
                invocation.requireCapability(site, MIGRATION_CAPABILITY);
                Optional<MigrationProject> project = project(invocation, site, arguments);
                if (arguments.value("project").isPresent() && project.isEmpty()) {
                    return ExitCodes.DATA;
                }
                CopyRequest request = request(invocation, site, arguments, project.orElse(null));
                if (request == null) {
                    return ExitCodes.DATA;
                }
                CopyPreflight preflight = copy.preflight(request, invocation.cancellation());
                Integer refused = confirm(invocation, arguments, preflight, false);
                if (refused != null) {
                    return refused;
                }
                try {
                    run = copy.start(request, progress, invocation.cancellation());
                } finally {
                    access.signOut();
                }
            }
            report(invocation, run);
            return exitCode(run, invocation.cancellation().isCancelled());
        } catch (DatabaseException e) {
            invocation.err().println(TEXTS.format(locale, "cli.copy.database", e.endpointId(), e.problem().name(),
                    String.valueOf(e.getMessage())));
            return e.problem() == DbProblem.CANCELLED ? ExitCodes.CANCELLED : ExitCodes.INCOMPLETE;
        } catch (CopyException e) {
            invocation.err().println(CopyTexts.problem(locale, e));
            return switch (e.code()) {
                case "copy.problem.store" -> ExitCodes.UNAVAILABLE;
                case CopyService.ACCESS_DENIED -> ExitCodes.NOT_PERMITTED;
                default -> ExitCodes.DATA;
            };
        }
    }

    /** The site holding the endpoint (a resumed run names endpoints, not its site). */
    private static Optional<Site> siteOf(CliInvocation invocation, String endpointId) {
        return invocation.sites().stream()
                .filter(site -> invocation.endpoints(site).stream().anyMatch(e -> e.id().equals(endpointId)))
                .findFirst();
    }

    /** The project of {@code --project}, empty (with the reason printed) when it is not there. */
    private Optional<MigrationProject> project(CliInvocation invocation, Site site, CliArguments arguments) {
        Optional<String> name = arguments.value("project");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Locale locale = invocation.locale();
        MigrationProjects kept = projects;
        if (kept == null) {
            invocation.err().println(TEXTS.text(locale, "cli.copy.no_projects", ""));
            return Optional.empty();
        }
        try {
            Optional<MigrationProject> found = kept.find(site.id(), name.get());
            if (found.isEmpty()) {
                String known = kept.list(site.id()).stream().map(MigrationProject::name)
                        .collect(Collectors.joining(", "));
                invocation.err().println(TEXTS.format(locale, "cli.copy.unknown_project", name.get(),
                        site.displayName(locale), known.isEmpty() ? "-" : known));
            }
            return found;
        } catch (VerificationException e) {
            invocation.err().println(TEXTS.format(locale, "cli.copy.projects_store", e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * The request from the options, or from the project where an option is not given (its filters applied to the
     * source catalogue's tables); {@code null} when the project selects no table.
     */
    private CopyRequest request(CliInvocation invocation, Site site, CliArguments arguments, MigrationProject project)
            throws CliUsageException, DatabaseException, CopyException {
        String source = invocation.endpoint(site, option(arguments, "source",
                project == null ? null : project.sourceEndpointId())).id();
        String target = invocation.endpoint(site, option(arguments, "target",
                project == null ? null : project.targetEndpointId())).id();
        CopyRequest request = CopyRequest.of(source, option(arguments, "source-schema",
                project == null ? null : project.sourceSchema()), target, option(arguments, "target-schema",
                        project == null ? null : project.targetSchema()));
        request = request.withBatchRows(arguments.number("batch-rows", 1, 10_000_000)
                .orElse(CopyRequest.DEFAULT_BATCH_ROWS)).withWorkers(arguments.number("workers", 0, 64).orElse(0));
        if (arguments.value("tables").isPresent()) {
            request = request.withTables(Arrays.stream(arguments.required("tables").split(",")).map(String::trim)
                    .filter(t -> !t.isEmpty()).toList());
        } else if (project != null) {
            List<String> catalogue = copy.plan(request, invocation.cancellation()).tables().stream()
                    .map(CopyPlan.TablePlan::source).toList();
            List<String> chosen = project.select(catalogue);
            if (chosen.isEmpty()) {
                invocation.err().println(TEXTS.format(invocation.locale(), "cli.copy.project_empty", project.name(),
                        request.sourceSchema()));
                return null;
            }
            request = request.withTables(chosen);
        }
        return project == null ? request : request.withProject(project.id());
    }

    private static String option(CliArguments arguments, String name, String fromProject) throws CliUsageException {
        Optional<String> given = arguments.value(name);
        if (given.isPresent() || fromProject == null) {
            return arguments.required(name);
        }
        return fromProject;
    }

    /**
     * The preflight's refusals, the typed confirmation and the administrator's password from standard input, in
     * that order; signs the administrator in. Returns the exit code of a refusal, or {@code null} to go on.
     */
    private Integer confirm(CliInvocation invocation, CliArguments arguments, CopyPreflight preflight,
            boolean resuming) {
        Locale locale = invocation.locale();
        invocation.err().println(TEXTS.format(locale, "cli.copy.preflight", preflight.targetEndpointId(),
                preflight.targetDatabase(), preflight.targetSchema(), preflight.tables().size()));
        if (preflight.sourceEmulated()) {
            invocation.err().println(TEXTS.text(locale, "cli.copy.emulated", ""));
        }
        // a resumed run finds its own tables in the target: only the standby and read-only refusals apply
        List<CopyPreflight.Refusal> refusals = preflight.refusals().stream()
                .filter(r -> !resuming || !r.code().equals(CopyService.TARGET_EXISTS)).toList();
        if (!refusals.isEmpty()) {
            refusals.forEach(r -> invocation.err().println(CopyTexts.refusal(locale, r)));
            return ExitCodes.DATA;
        }
        Optional<String> typed = arguments.value("confirm");
        if (typed.isEmpty() || !preflight.confirmedBy(typed.get())) {
            invocation.err().println(TEXTS.format(locale, typed.isEmpty() ? "cli.copy.confirm_missing"
                    : "cli.copy.confirm_wrong", preflight.targetDatabase(), preflight.targetEndpointId()));
            return ExitCodes.NOT_PERMITTED;
        }
        if (!arguments.flag("admin-password-stdin")) {
            invocation.err().println(TEXTS.text(locale, "cli.copy.password_missing", ""));
            return ExitCodes.NOT_PERMITTED;
        }
        char[] password = null;
        try {
            password = readLine(invocation.in());
            if (password == null) {
                invocation.err().println(TEXTS.text(locale, "cli.copy.password_missing", ""));
                return ExitCodes.NOT_PERMITTED;
            }
            access.signIn(password);
            return null;
        } catch (AccessDeniedException e) {
            invocation.err().println(e.message(locale));
            return ExitCodes.NOT_PERMITTED;
        } catch (IOException e) {
            invocation.err().println(TEXTS.format(locale, "cli.copy.password_unread", e.getMessage()));
            return ExitCodes.NOT_PERMITTED;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /**
     * One line of UTF-8 (without its line end), or {@code null} when there is none; the bytes are wiped. A
     * {@code String} is never made of it, so the password does not linger in the heap.
     */
    static char[] readLine(InputStream in) throws IOException {
        byte[] bytes = new byte[PASSWORD_MAX + 1];
        int length = 0;
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            if (length == bytes.length) {
                Arrays.fill(bytes, (byte) 0);
                throw new IOException("the password line is longer than " + PASSWORD_MAX + " bytes");
            }
            bytes[length++] = (byte) b;
        }
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        if (!any || length == 0) {
            Arrays.fill(bytes, (byte) 0);
            return null;
        }
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, 0, length));
        char[] password = new char[chars.remaining()];
        chars.get(password);
        Arrays.fill(bytes, (byte) 0);
        Arrays.fill(chars.array(), '\0');
        return password;
    }

    private void report(CliInvocation invocation, CopyRun run) {
        Locale locale = invocation.locale();
        invocation.out().println(TEXTS.format(locale, "cli.copy.run", Long.toString(run.id()), run.state().name()));
        for (TableCopy table : run.tables()) {
            invocation.out().println("  " + line(locale, table));
        }
        for (MappingNote note : run.notes()) {
            if (note.level() != MappingNote.Level.INFO) {
                invocation.out().println("  [" + CopyTexts.level(locale, note.level()) + "] " + note.object() + ": "
                        + CopyTexts.note(locale, note));
            }
        }
        try {
            List<CopyReject> rejects = copy.rejects(run.id(), null, REJECTS_SHOWN);
            for (CopyReject reject : rejects) {
                invocation.out().println("  " + TEXTS.format(locale, "cli.copy.reject", reject.table(), reject.key(),
                        CopyTexts.reason(locale, reject), reject.sqlState()));
            }
        } catch (CopyException e) {
            invocation.err().println(CopyTexts.problem(locale, e));
        }
        if (run.verification() != null) {
            verification(invocation, run);
        }
    }

    /**
     * The verification at the end of the run in the reader's language: the outcome, each table that is not equal
     * (from the verification run when the engine is there), and on the emulated Oracle what the stand-in could not
     * verify. The run's English detail is for logs and the audit.
     */
    private void verification(CliInvocation invocation, CopyRun run) {
        Locale locale = invocation.locale();
        CopyRun.Verification v = run.verification();
        invocation.out().println(TEXTS.format(locale, "cli.copy.verification." + v.status().name(),
                v.runId() == null ? "-" : v.runId()));
        if (v.status() == CopyRun.VerificationStatus.FAILED && v.runId() == null) {
            invocation.out().println("  " + v.detail()); // the engine's own failure, as the log has it
        }
        Verifications engine = verifications;
        Optional<VerifyResult> result = Optional.empty();
        if (engine != null && v.runId() != null) {
            try {
                result = engine.find(v.runId());
            } catch (VerificationException e) {
                invocation.err().println(TEXTS.format(locale, "cli.copy.verification.unread", v.runId(),
                        e.getMessage()));
            }
        }
        for (TableResult t : result.map(VerifyResult::tables).orElse(List.of())) {
            if (t.status() == TableStatus.DIFFERENT) {
                long missing = t.differences().stream()
                        .filter(d -> d.kind() == RowDifference.Kind.MISSING_IN_TARGET).count();
                invocation.out().println("  " + TEXTS.format(locale, "cli.copy.verification.different",
                        t.pair().sourceTable(), Long.toString(t.differencesFound()), Long.toString(missing)));
            } else if (t.status() != TableStatus.EQUAL) {
                // the server's own words, on one line
                String why = t.problemMessage() == null ? String.valueOf(t.problem())
                        : t.problemMessage().replaceAll("\\s+", " ").strip();
                invocation.out().println("  " + TEXTS.format(locale, "cli.copy.verification.not_compared",
                        t.pair().sourceTable(), why));
            }
        }
        boolean emulatedOracle = run.notes().stream().anyMatch(n -> n.code().equals("snapshot-emulated"));
        if (emulatedOracle) {
            invocation.out().println(TEXTS.text(locale, "cli.copy.verification.emulated", ""));
        }
    }

    private static String line(Locale locale, TableCopy table) {
        return TEXTS.format(locale, "cli.copy.table", table.source(), table.state().name(),
                Long.toString(table.sourceRows()), Long.toString(table.targetRows()), Long.toString(table.rejected()));
    }

    static int exitCode(CopyRun run, boolean cancelled) {
        if (cancelled) {
            return ExitCodes.CANCELLED;
        }
        if (run.verification() != null && run.verification().status() == CopyRun.VerificationStatus.DIFFERENT
                && run.state() == CopyRun.RunState.DONE) {
            return ExitCodes.ERROR; // the counts add up but the data does not: as hisops-cli verify says it
        }
        return switch (run.state()) {
            case DONE -> ExitCodes.OK;
            case DONE_WITH_REJECTS -> ExitCodes.WARNING;
            case FAILED -> ExitCodes.ERROR;
            case RUNNING, INTERRUPTED -> ExitCodes.INCOMPLETE;
        };
    }
}
