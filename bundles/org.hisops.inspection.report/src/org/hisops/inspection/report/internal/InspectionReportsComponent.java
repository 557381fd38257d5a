package org.hisops.inspection.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hisops.checks.api.Check;
import org.hisops.checks.api.CheckCatalogue;
import org.hisops.checks.api.CheckRunner;
import org.hisops.checks.api.CheckStatus;
import org.hisops.checks.api.Severity;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.inspection.api.Checklist;
import org.hisops.inspection.api.ChecklistItem;
import org.hisops.inspection.api.ChecklistProvider;
import org.hisops.inspection.api.InspectionException;
import org.hisops.inspection.api.InspectionRun;
import org.hisops.inspection.api.InspectionSummary;
import org.hisops.inspection.api.Inspections;
import org.hisops.inspection.api.RunComparison;
import org.hisops.inspection.report.InspectionReports;
import org.hisops.inspection.report.UnattendedRequest;
import org.hisops.inspection.report.UnattendedRun;
import org.hisops.platform.api.CapabilityRefusedException;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.Site;
import org.hisops.platform.api.SiteDirectory;
import org.hisops.report.Report;
import org.hisops.report.ReportRenderer;
import org.hisops.platform.api.TextChain;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** {@link InspectionReports}: reads everything from the inspection service, keeps nothing. */
@Component(service = InspectionReports.class)
public class InspectionReportsComponent implements InspectionReports {

    /** The capability an unattended run needs for the site (registered by the inspection core). */
    static final String CAPABILITY = "org.hisops.inspection";
    /** Runs of the same list the trend charts go back over (a year of monthly inspections). */
    static final int TREND_RUNS = 12;

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final Inspections inspections;
    private final CheckRunner runner;
    private final EndpointDirectory directory;
    private final SiteDirectory sites;
    private final ReportRenderer renderer;
    private final CapabilityRegistry capabilities;
    private final List<ChecklistProvider> providers = new CopyOnWriteArrayList<>();

    @Activate
    public InspectionReportsComponent(@Reference Inspections inspections, @Reference CheckRunner runner,
            @Reference EndpointDirectory directory, @Reference SiteDirectory sites,
            @Reference ReportRenderer renderer, @Reference CapabilityRegistry capabilities) {
        this.inspections = inspections;
        this.runner = runner;
        this.directory = directory;
        this.sites = sites;
        this.renderer = renderer;
        this.capabilities = capabilities;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(ChecklistProvider provider) {
        providers.add(provider);
    }

    void removeProvider(ChecklistProvider provider) {
        providers.remove(provider);
    }

    /** Everything one report needs, read from the store. */
    private record Material(MonthlyReport report, InspectionRun run, RunComparison comparison, InspectionRun previous,
            List<InspectionRun> history) {
    }

    private Material material(long runId, Locale locale) throws InspectionException {
        InspectionRun run = inspections.load(runId)
                .orElseThrow(() -> new InspectionException("error.unknown_run", String.valueOf(runId)));
        Checklist list = inspections.checklist(run.checklistId())
                .orElseThrow(() -> new InspectionException("error.unknown_list", run.checklistId()));
        List<Object> contributors = new ArrayList<>(runner.catalogues());
        Optional<ChecklistProvider> provider = providers.stream().filter(p -> p.id().equals(list.providerId()))
                .findFirst();
        provider.ifPresent(contributors::add);
        TextChain texts = ReportTexts.of(locale, contributors);
        Map<String, Check> checks = new HashMap<>();
        Map<String, CheckCatalogue> catalogues = new HashMap<>();
        for (CheckCatalogue c : runner.catalogues()) {
            c.checks().forEach(k -> {
                checks.putIfAbsent(k.id(), k);
                catalogues.putIfAbsent(k.id(), c);
            });
        }
        Map<String, String> manual = new LinkedHashMap<>();
        for (ChecklistItem item : list.manualItems()) {
            manual.put(item.id(), provider.map(p -> p.text(locale, item.textKey())).orElse(item.id()));
        }
        String listName = provider.map(p -> p.text(locale, list.nameKey())).orElse(list.id());
        Map<String, Endpoint> endpoints = new HashMap<>();
        for (String id : run.endpointIds()) {
            directory.find(id).ifPresent(e -> endpoints.put(id, e));
        }
        String siteName = sites.find(run.siteId()).map(s -> s.displayName(locale)).orElse(run.siteId());
        RunComparison comparison = inspections.compareWithPreviousMonth(runId);
        InspectionRun previous = comparison.previousRunId() == 0 ? null
                : inspections.load(comparison.previousRunId()).orElse(null);
        List<InspectionRun> history = new ArrayList<>();
        List<InspectionSummary> earlier = inspections.history(run.siteId()).stream()
                .filter(s -> s.checklistId().equals(run.checklistId()) && !s.started().isAfter(run.started()))
                .sorted(Comparator.comparing(InspectionSummary::started).thenComparing(InspectionSummary::id))
                .toList();
        for (InspectionSummary s : earlier.subList(Math.max(0, earlier.size() - TREND_RUNS), earlier.size())) {
            if (s.id() == run.id()) {
                history.add(run);
            } else {
                inspections.load(s.id()).ifPresent(history::add);
            }
        }
        return new Material(new MonthlyReport(texts, siteName, list, listName, checks, catalogues, manual, endpoints), run,
                comparison, previous, history);
    }

    @Override
    public String draftConclusions(long runId, Locale locale) throws InspectionException {
        Material m = material(runId, locale);
        return m.report().draft(m.run(), m.comparison(), m.previous());
    }

    @Override
    public Report monthlyReport(long runId, Locale locale) throws InspectionException {
        Material m = material(runId, locale);
        return m.report().build(m.run(), m.comparison(), m.previous(), m.history(), inspections.conclusions(runId));
    }

    @Override
    public List<Path> write(long runId, Locale locale, Set<Format> formats, Path folder)
            throws InspectionException, IOException {
        Report report = monthlyReport(runId, locale);
        InspectionRun run = inspections.load(runId).orElseThrow();
        Files.createDirectories(folder);
        String base = "inspection-" + safe(run.siteId()) + "-" + safe(run.checklistId()) + "-"
                + FILE_TIME.format(run.started().atZone(ZoneId.systemDefault())) + "-" + run.id() + "-"
                + locale.getLanguage();
        List<Path> written = new ArrayList<>();
        for (Format format : List.of(Format.PDF, Format.HTML)) {
            if (!formats.contains(format)) {
                continue;
            }
            Path file = folder.resolve(base + (format == Format.PDF ? ".pdf" : ".html"));
            // written beside and moved, so a scheduled run never leaves half a report where the last one was
            Path part = folder.resolve(file.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(part)) {
                if (format == Format.PDF) {
                    renderer.pdf(report, out);
                } else {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    renderer.html(report, w);
                    w.flush();
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(part);
                throw e;
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written.add(file);
        }
        return written;
    }

    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    @Override
    public UnattendedRun runUnattended(UnattendedRequest request, Cancellation cancellation)
            throws InspectionException, IOException, CapabilityRefusedException {
        capabilities.require(request.siteId(), CAPABILITY);
        Site site = sites.find(request.siteId())
                .orElseThrow(() -> new InspectionException("error.unknown_site", request.siteId()));
        Checklist list = inspections.checklist(request.checklistId())
                .orElseThrow(() -> new InspectionException("error.unknown_list", request.checklistId()));
        List<Endpoint> endpoints = directory.endpoints(site.id()).stream()
                .filter(e -> list.engines().contains(e.engine())).toList();
        String inspector = request.inspector() == null || request.inspector().isBlank() ? "hisops-cli"
                : request.inspector();
        InspectionRun run = inspections.start(site.id(), list.id(), endpoints, inspector);
        run = inspections.runChecks(run.id(), endpoints, null, cancellation);
        Severity highest = MonthlyReport.highest(run).orElse(null);
        int failed = (int) run.count(CheckStatus.FAILED);
        List<Path> files = write(run.id(), request.locale(), request.formats(), request.folder());
        return new UnattendedRun(run.id(), highest, failed, endpoints.size(), files);
    }
}
