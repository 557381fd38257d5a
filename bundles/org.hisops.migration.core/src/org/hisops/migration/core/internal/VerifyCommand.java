package org.hisops.migration.core.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
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
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.migration.api.MigrationProject;
import org.hisops.migration.api.MigrationProjects;
import org.hisops.migration.api.TablePair;
import org.hisops.migration.api.TableResult;
import org.hisops.migration.api.VerificationException;
import org.hisops.migration.api.Verifications;
import org.hisops.migration.api.VerifyListener;
import org.hisops.migration.api.VerifyMode;
import org.hisops.migration.api.VerifyOptions;
import org.hisops.migration.api.VerifyRequest;
import org.hisops.migration.api.VerifyResult;
import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.Site;
import org.hisops.report.ReportRenderer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code hisops-cli verify}: a verification run headless, e.g. after a migration night. Tables are positional
 * ({@code schema.table} or {@code source.table=target.table}); {@code --resume RUN} continues a cut run. Exit 0 when
 * every table is equal, 3 when rows differ, 4 when a table failed, 130 when stopped (the run can be resumed).
 */
@Component(service = CliCommand.class)
public final class VerifyCommand implements CliCommand {

    private static final BundleTexts TEXTS = BundleTexts.of(VerifyCommand.class);

    private final Verifications verifications;
    private final ReportRenderer renderer;
    private final MigrationProjects projects;
    private final DatabaseSessions sessions;

    @Activate
    public VerifyCommand(@Reference Verifications verifications, @Reference ReportRenderer renderer,
            @Reference MigrationProjects projects, @Reference DatabaseSessions sessions) {
        this.verifications = verifications;
        this.renderer = renderer;
        this.projects = projects;
        this.sessions = sessions;
    }

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public String summary(Locale locale) {
        return TEXTS.text(locale, "cli.verify.summary", "");
    }

    @Override
    public String usage(Locale locale) {
        return TEXTS.text(locale, "cli.verify.usage", "");
    }

    @Override
    public int run(CliInvocation invocation) throws CliUsageException, CliRefusedException {
        Locale locale = invocation.locale();
        CliArguments arguments = CliArguments.parse(invocation.arguments(), locale,
                Set.of("site", "source", "target", "mode", "sample-percent", "json", "html", "resume", "project"),
                Set.of("keep-empty-strings"));
        MigrationProject project = null;
        Path json = arguments.value("json").map(invocation.workingDirectory()::resolve).orElse(null);
        Path html = arguments.value("html").map(invocation.workingDirectory()::resolve).orElse(null);
        VerifyListener progress = new VerifyListener() {
            @Override
            public void table(TableResult t) {
                invocation.err().println(TEXTS.format(locale, "cli.verify.table", t.pair().label(),
                        TEXTS.text(locale, "status." + t.status().name(), t.status().name()), t.differencesFound()));
            }
        };
        VerifyResult result;
        try {
            if (arguments.value("resume").isPresent()) {
                arguments.noPositional();
                String runId = arguments.required("resume");
                Optional<VerifyResult> stored = verifications.find(runId);
                if (stored.isPresent()) {
                    Optional<Site> site = siteOf(invocation, stored.get().sourceId());
                    if (site.isPresent()) {
                        invocation.requireCapability(site.get(), MigrationCapability.ID);
                    }
                }
                result = verifications.resume(runId, progress, invocation.cancellation());
            } else {
                Site site = invocation.site(arguments.value("site").orElse(null));
                invocation.requireCapability(site, MigrationCapability.ID);
                if (arguments.value("project").isPresent()) {
                    String name = arguments.required("project");
                    project = projects.find(site.id(), name).orElse(null);
                    if (project == null) {
                        String known = projects.list(site.id()).stream().map(MigrationProject::name)
                                .collect(Collectors.joining(", "));
                        invocation.err().println(TEXTS.format(locale, "cli.verify.unknown_project", name,
                                site.displayName(locale), known.isEmpty() ? "-" : known));
                        return ExitCodes.DATA;
                    }
                }
                Endpoint source = invocation.endpoint(site, option(arguments, "source",
                        project == null ? null : project.sourceEndpointId()));
                Endpoint target = invocation.endpoint(site, option(arguments, "target",
                        project == null ? null : project.targetEndpointId()));
                List<TablePair> tables = new ArrayList<>();
                for (String table : arguments.positional()) {
                    tables.add(pair(table, locale));
                }
                if (tables.isEmpty() && project != null) {
                    tables.addAll(projectTables(project, source, invocation));
                    if (tables.isEmpty()) {
                        invocation.err().println(TEXTS.format(locale, "cli.verify.project_empty", project.name(),
                                project.sourceSchema()));
                        return ExitCodes.DATA;
                    }
                }
                if (tables.isEmpty()) {
                    throw new CliUsageException(TEXTS.text(locale, "cli.verify.no_table", ""));
                }
                Optional<String> modeOption = arguments.choice("mode", Set.of("count", "checksum", "sample"));
                VerifyMode mode = modeOption.map(m -> VerifyMode.valueOf(m.toUpperCase(Locale.ROOT)))
                        .orElse(project == null ? VerifyMode.CHECKSUM : project.verifyMode());
                int percent = arguments.number("sample-percent", 1, 100)
                        .orElse(project == null || modeOption.isPresent() ? 10 : project.samplePercent());
                VerifyOptions options = VerifyOptions.checksum().withMode(mode, mode == VerifyMode.SAMPLE ? percent
                        : 100).withEmptyStringIsNull(!arguments.flag("keep-empty-strings"));
                result = verifications.verify(new VerifyRequest(source, target, tables, options), progress,
                        invocation.cancellation());
                if (project != null) {
                    projects.recordRun(project.id(), new MigrationProjects.ProjectRun(
                            MigrationProjects.ProjectRun.Kind.VERIFY, result.runId(), result.started(),
                            result.worst().name()));
                }
            }
        } catch (VerificationException e) {
            invocation.err().println(TEXTS.format(locale, "error." + e.code(), e.getMessage()));
            return e.code().equals("store") ? ExitCodes.UNAVAILABLE : ExitCodes.DATA;
        } catch (DatabaseException e) {
            invocation.err().println(TEXTS.format(locale, "cli.verify.database", e.endpointId(), e.problem().name(),
                    String.valueOf(e.getMessage())));
            return ExitCodes.INCOMPLETE;
        }
        try {
            if (json != null) {
                write(json, out -> out.write(verifications.json(result)));
            }
            if (html != null) {
                write(html, out -> renderer.html(verifications.report(result, locale), out));
            }
        } catch (IOException e) {
            invocation.err().println(TEXTS.format(locale, "cli.verify.write_failed", e.getMessage()));
            return ExitCodes.CANNOT_CREATE;
        }
        invocation.out().println(result.runId());
        return switch (result.worst()) {
            case EQUAL -> ExitCodes.OK;
            case DIFFERENT -> ExitCodes.ERROR;
            case FAILED -> ExitCodes.INCOMPLETE;
            case CANCELLED -> ExitCodes.CANCELLED;
        };
    }

    private static String option(CliArguments arguments, String name, String fromProject) throws CliUsageException {
        return arguments.value(name).isPresent() || fromProject == null ? arguments.required(name) : fromProject;
    }

    /** The site holding the endpoint (a resumed run names endpoints, not its site). */
    private static Optional<Site> siteOf(CliInvocation invocation, String endpointId) {
        return invocation.sites().stream()
                .filter(site -> invocation.endpoints(site).stream().anyMatch(e -> e.id().equals(endpointId)))
                .findFirst();
    }

    /**
     * The project's filters applied to the source catalogue's tables, each paired with the same name in the target
     * schema (names are matched in each engine's folded case, so Oracle's PATIENT finds the copy's patient).
     */
    private List<TablePair> projectTables(MigrationProject project, Endpoint source, CliInvocation invocation)
            throws DatabaseException {
        List<String> catalogue = sessions.read(source, s -> s.query(s.sql("migration.tables"), rs -> rs.getString(1),
                project.sourceSchema()), invocation.cancellation());
        return project.select(catalogue).stream()
                .map(t -> new TablePair(project.sourceSchema(), t, project.targetSchema(), t)).toList();
    }

    /** {@code schema.table} or {@code schema.table=schema.table}. */
    static TablePair pair(String text, Locale locale) throws CliUsageException {
        String[] sides = text.split("=", -1);
        String[] s = sides[0].split("\\.", -1);
        String[] t = sides[sides.length - 1].split("\\.", -1);
        if (sides.length > 2 || s.length != 2 || t.length != 2 || s[0].isEmpty() || s[1].isEmpty() || t[0].isEmpty()
                || t[1].isEmpty()) {
            throw new CliUsageException(TEXTS.format(locale, "cli.verify.bad_table", text));
        }
        return new TablePair(s[0], s[1], t[0], t[1]);
    }

    private interface Content {
        void write(Writer out) throws IOException;
    }

    /** Written next to the file and moved over it, so a failure never leaves half a report. */
    private static void write(Path file, Content content) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Path part = Files.createTempFile(parent, file.getFileName().toString(), ".part");
        try {
            try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                content.write(out);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
