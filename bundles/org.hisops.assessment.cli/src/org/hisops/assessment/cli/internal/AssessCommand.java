package org.hisops.assessment.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hisops.assessment.report.AssessmentSection;
import org.hisops.assessment.report.AssessmentSectionProvider;
import org.hisops.assessment.report.CombinedAssessment;
import org.hisops.assessment.report.ReportTexts;
import org.hisops.assessment.report.RunComparison;
import org.hisops.checks.api.CheckCatalogue;
import org.hisops.checks.api.CheckResult;
import org.hisops.checks.api.CheckRunner;
import org.hisops.checks.api.CheckStatus;
import org.hisops.checks.api.RunProgress;
import org.hisops.checks.api.RunResult;
import org.hisops.checks.api.RunSummary;
import org.hisops.checks.api.Stage;
import org.hisops.cli.api.CliArguments;
import org.hisops.cli.api.CliCommand;
import org.hisops.cli.api.CliInvocation;
import org.hisops.cli.api.CliRefusedException;
import org.hisops.cli.api.CliUsageException;
import org.hisops.cli.api.ExitCodes;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.hetero.api.HeteroAssessment;
import org.hisops.hetero.api.HeteroProgress;
import org.hisops.hetero.api.HeterogeneousAssessor;
import org.hisops.hetero.api.TargetFlavour;
import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.Site;
import org.hisops.report.Report;
import org.hisops.report.ReportRenderer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code hisops-cli assess}: runs a catalogue's before-upgrade checks on an endpoint (and, on request, the
 * heterogeneous assessment), compares with an earlier run, and writes the combined report as JSON, HTML or PDF. The
 * exit code is the highest severity found ({@link ExitCodes#forSeverity}); 4 when a check failed or the endpoint could
 * not be reached; 69 when the capability is switched off for the site.
 */
@Component(service = CliCommand.class)
public final class AssessCommand implements CliCommand {

    static final String UPGRADE_CATALOGUE = "oracle.upgrade.11.2";
    static final String POSTGRES_CATALOGUE = "postgresql.readiness";
    static final String UPGRADE_CAPABILITY = "org.hisops.assessment.upgrade";
    static final String HETERO_CAPABILITY = "org.hisops.assessment.hetero";
    private static final BundleTexts TEXTS = BundleTexts.of(AssessCommand.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final CheckRunner runner;
    private final ReportRenderer renderer;
    private volatile HeterogeneousAssessor assessor;
    private final List<AssessmentSectionProvider> sections = new CopyOnWriteArrayList<>();

    @Activate
    public AssessCommand(@Reference CheckRunner runner, @Reference ReportRenderer renderer) {
        this.runner = runner;
        this.renderer = renderer;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setAssessor(HeterogeneousAssessor assessor) {
        this.assessor = assessor;
    }

    void unsetAssessor(HeterogeneousAssessor gone) {
        if (assessor == gone) {
            assessor = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSection(AssessmentSectionProvider provider) {
        sections.add(provider);
    }

    void removeSection(AssessmentSectionProvider provider) {
        sections.remove(provider);
    }

    @Override
    public String name() {
        return "assess";
    }

    @Override
    public String summary(Locale locale) {
        return TEXTS.text(locale, "cli.assess.summary", "");
    }

    @Override
    public String usage(Locale locale) {
        return TEXTS.text(locale, "cli.assess.usage", "");
    }

    /** The catalogue's capability, which the site's switch governs. */
    static String capabilityOf(String catalogueId) {
        return POSTGRES_CATALOGUE.equals(catalogueId) ? HETERO_CAPABILITY : UPGRADE_CAPABILITY;
    }

    @Override
    public int run(CliInvocation invocation) throws CliUsageException, CliRefusedException {
        Locale cliLocale = invocation.locale();
        CliArguments arguments = CliArguments.parse(invocation.arguments(), cliLocale,
                Set.of("site", "endpoint", "catalogue", "hetero", "format", "out", "compare-with", "nl"), Set.of())
                .noPositional();
        Locale locale = arguments.choice("nl", Set.of("zh_cn", "zh", "en")).map(
                nl -> nl.startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH).orElse(cliLocale);
        String format = arguments.choice("format", Set.of("json", "html", "pdf")).orElse("json");
        Optional<TargetFlavour> flavour = arguments.choice("hetero", Set.of("postgresql", "kingbase"))
                .map(f -> f.equals("kingbase") ? TargetFlavour.KINGBASE : TargetFlavour.POSTGRESQL);
        Site site = invocation.site(arguments.value("site").orElse(null));
        Endpoint endpoint = invocation.endpoint(site, arguments.required("endpoint"));
        boolean oracle = endpoint.engine() == Engine.ORACLE;
        String catalogueId = arguments.value("catalogue").orElse(oracle ? UPGRADE_CATALOGUE : POSTGRES_CATALOGUE);
        if (flavour.isPresent() && !oracle) {
            throw new CliUsageException(TEXTS.format(cliLocale, "cli.assess.hetero.oracle", endpoint.id(),
                    endpoint.engine().name()));
        }
        Path out = invocation.workingDirectory().resolve(arguments.value("out").orElse("."));

        Optional<CheckCatalogue> catalogue = runner.catalogue(catalogueId);
        invocation.requireCapability(site, capabilityOf(catalogueId));
        if (flavour.isPresent()) {
            invocation.requireCapability(site, HETERO_CAPABILITY);
        }
        if (catalogue.isEmpty()) {
            invocation.err().println(TEXTS.format(cliLocale, "cli.assess.no.catalogue", catalogueId,
                    runner.catalogues().stream().map(CheckCatalogue::id).sorted().toList()));
            return ExitCodes.DATA;
        }
        HeterogeneousAssessor hetero = assessor;
        if (flavour.isPresent() && hetero == null) {
            invocation.err().println(TEXTS.format(cliLocale, "cli.assess.refused", HETERO_CAPABILITY, site.id(), ""));
            return ExitCodes.UNAVAILABLE;
        }
        // An earlier run named by id must exist before the database is read.
        Optional<String> compareWith = arguments.value("compare-with");
        RunResult named = null;
        if (compareWith.isPresent() && !compareWith.get().equalsIgnoreCase("previous")) {
            long id;
            try {
                id = Long.parseLong(compareWith.get().trim());
            } catch (NumberFormatException e) {
                throw new CliUsageException(TEXTS.format(cliLocale, "cli.assess.compare.bad", compareWith.get()));
            }
            named = runner.load(id).filter(r -> r.endpointId().equals(endpoint.id())).orElse(null);
            if (named == null) {
                invocation.err().println(TEXTS.format(cliLocale, "cli.assess.compare.unknown", id, endpoint.id()));
                return ExitCodes.DATA;
            }
        }

        invocation.err().println(TEXTS.format(cliLocale, "cli.assess.running", endpoint.name(), endpoint.id(),
                catalogueId));
        RunResult run = runner.run(catalogueId, endpoint, Set.of(Stage.BEFORE_UPGRADE), new RunProgress() {
            @Override
            public void checkDone(CheckResult r, int done, int total) {
                invocation.err().println("  " + done + "/" + total + " " + r.checkId() + " " + r.status());
            }
        }, invocation.cancellation());
        boolean incomplete = run.results().stream().anyMatch(r -> r.status() == CheckStatus.FAILED);

        RunResult previous = named;
        if (compareWith.isPresent() && previous == null) {
            previous = previousRun(endpoint, run).orElse(null);
            if (previous == null) {
                invocation.err().println(TEXTS.text(cliLocale, "cli.assess.compare.none", ""));
            }
        }
        RunComparison comparison = previous == null ? null : RunComparison.of(run, previous);

        HeteroAssessment heteroResult = null;
        if (flavour.isPresent() && !invocation.cancellation().isCancelled()) {
            try {
                heteroResult = hetero.assess(endpoint, flavour.get(), Set.of(), new HeteroProgress() {
                    @Override
                    public void schemaDone(String schema, int done, int total) {
                        invocation.err().println("  " + done + "/" + total + " " + schema);
                    }
                }, invocation.cancellation());
            } catch (DatabaseException e) {
                incomplete = true;
                invocation.err().println(problem(cliLocale, e, endpoint));
            }
        }
        List<AssessmentSection> extra = new ArrayList<>();
        List<AssessmentSectionProvider> providers = new ArrayList<>(sections);
        providers.sort(Comparator.comparingInt(AssessmentSectionProvider::order));
        for (AssessmentSectionProvider p : providers) {
            if (invocation.cancellation().isCancelled()) {
                break;
            }
            try {
                p.section(endpoint, invocation.cancellation()).ifPresent(extra::add);
            } catch (DatabaseException e) {
                // The readiness run decides the exit code; a section that could not be read is left out and said so.
                invocation.err().println(TEXTS.format(cliLocale, "cli.assess.section.failed",
                        p.name(cliLocale), problem(cliLocale, e, endpoint)));
            }
        }

        List<Object> owners = new ArrayList<>(runner.catalogues());
        if (hetero != null) {
            owners.add(hetero);
        }
        owners.add(DbProblem.class);
        ReportTexts texts = ReportTexts.of(locale, AssessCommand.class, owners);
        CombinedAssessment combined = new CombinedAssessment(endpoint, Instant.now(), catalogue.get(), run,
                comparison, previous == null ? null : previous.runId(), heteroResult, extra);
        Path file = out.resolve("assessment-" + endpoint.id() + "-"
                + STAMP.format(run.started().atZone(ZoneId.systemDefault())) + "." + format);
        try {
            Files.createDirectories(out);
            write(combined, texts, format, file);
        } catch (IOException | RuntimeException e) {
            invocation.err().println(TEXTS.format(cliLocale, "cli.assess.write.failed", file, e.getMessage()));
            return ExitCodes.CANNOT_CREATE;
        }

        String highest = run.highest().map(Enum::name).orElse(null);
        invocation.out().println(TEXTS.format(cliLocale, "cli.assess.done", run.runId(), highest == null ? "-" : highest,
                run.results().size(), run.count(CheckStatus.FINDING), run.count(CheckStatus.FAILED)));
        if (comparison != null) {
            invocation.out().println(TEXTS.format(cliLocale, "cli.assess.compared", previous.runId(),
                    comparison.added().size(), comparison.resolved().size(), comparison.unchanged().size()));
        }
        if (heteroResult != null) {
            invocation.out().println(TEXTS.format(cliLocale, "cli.assess.hetero.done", heteroResult.objects().size(),
                    heteroResult.count(org.hisops.hetero.api.Conversion.MANUAL),
                    org.hisops.assessment.report.HeteroReport.number(cliLocale, heteroResult.personDays())));
        }
        if (endpoint.emulated()) {
            invocation.out().println(TEXTS.text(cliLocale, "cli.assess.emulated", ""));
        }
        invocation.out().println(file);
        if (run.cancelled() || invocation.cancellation().isCancelled()) {
            return ExitCodes.CANCELLED;
        }
        return incomplete ? ExitCodes.INCOMPLETE : ExitCodes.forSeverity(highest);
    }

    /** The newest saved run of the same catalogue on the endpoint before {@code run}. */
    private Optional<RunResult> previousRun(Endpoint endpoint, RunResult run) {
        for (RunSummary s : runner.history(endpoint.id())) {
            if (s.runId() != run.runId() && s.catalogueId().equals(run.catalogueId())
                    && (run.started() == null || s.started() == null || !s.started().isAfter(run.started()))) {
                return runner.load(s.runId());
            }
        }
        return Optional.empty();
    }

    private void write(CombinedAssessment combined, ReportTexts texts, String format, Path file) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        // Written beside and moved, so a scheduler never picks up half a report.
        try (OutputStream stream = Files.newOutputStream(part)) {
            if (format.equals("pdf")) {
                renderer.pdf(combined.report(texts), stream);
            } else {
                Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                if (format.equals("html")) {
                    Report report = combined.report(texts);
                    renderer.html(report, w);
                } else {
                    w.write(combined.json(texts));
                }
                w.flush();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static String problem(Locale locale, DatabaseException e, Endpoint endpoint) {
        BundleTexts problems = BundleTexts.of(DbProblem.class);
        // The message is the server's or driver's own text, which never holds the password.
        return problems.format(locale, e.problem().titleKey(), e.serverCode() == null ? "" : e.serverCode(),
                endpoint.host(), String.valueOf(endpoint.port())) + " " + problems.text(locale, e.problem().actionKey(), "")
                + (e.getMessage() == null ? "" : "\n    " + e.getMessage());
    }
}
