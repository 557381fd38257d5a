package org.hisops.assessment.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hisops.checks.api.CheckCatalogue;
import org.hisops.checks.api.RunResult;
import org.hisops.db.api.Endpoint;
import org.hisops.hetero.api.HeteroAssessment;
import org.hisops.report.Report;

/**
 * Everything assessed on one endpoint, as one report: the catalogue's run (upgrade readiness for Oracle, the
 * PostgreSQL/KingbaseES readiness for PostgreSQL) with its comparison, the heterogeneous assessment when one was made,
 * and the sections of other capabilities ({@link AssessmentSectionProvider}). Schema {@value #SCHEMA}.
 *
 * @param endpoint the endpoint assessed
 * @param created when the report was made
 * @param catalogue the catalogue of {@code run}
 * @param run the check run (never {@code null})
 * @param comparison the run against an earlier one, or {@code null}
 * @param previousRunId the earlier run's id, or {@code null}
 * @param hetero the heterogeneous assessment, or {@code null}
 * @param sections the other capabilities' sections, in order
 */
public record CombinedAssessment(Endpoint endpoint, Instant created, CheckCatalogue catalogue, RunResult run,
        RunComparison comparison, Long previousRunId, HeteroAssessment hetero, List<AssessmentSection> sections) {

    public static final String SCHEMA = "hisops.assessment.combined/1";

    public CombinedAssessment {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(run, "run");
        sections = List.copyOf(sections);
    }

    /** HTML/PDF: a summary, then one numbered part per assessment. */
    public Report report(ReportTexts texts) {
        Report.Builder b = Report.builder(texts.format("combined.title", endpoint.name()), texts.locale())
                .subtitle(texts.format("combined.subtitle", endpoint.system(), endpoint.engine().name(),
                        endpoint.emulated() ? texts.get("report.emulated") : ""))
                .created(created);
        b.fact(texts.get("report.endpoint"), endpoint.name() + " (" + endpoint.id() + ")");
        b.fact(texts.get("combined.readiness"), texts.get(catalogue.nameKey()) + ": "
                + run.highest().map(s -> texts.get(s.key())).orElse(texts.get("report.none")) + " · "
                + ReadinessReport.counts(texts, run));
        if (hetero != null) {
            b.fact(texts.get("combined.hetero"), texts.get(hetero.flavour().key()) + ": "
                    + HeteroReport.totals(texts, hetero) + " · " + texts.format("hetero.effort.value",
                            HeteroReport.number(texts.locale(), hetero.units()),
                            HeteroReport.number(texts.locale(), hetero.personDays())));
        }
        if (endpoint.emulated()) {
            b.paragraph(texts.get("combined.emulated"));
        }
        int part = 1;
        b.heading(texts.format("combined.part", part++, texts.get(catalogue.nameKey())));
        ReadinessReport.addTo(b, texts, catalogue, run, comparison);
        if (hetero != null) {
            b.heading(texts.format("combined.part", part++,
                    texts.format("hetero.title.short", texts.get(hetero.flavour().key()))));
            HeteroReport.addTo(b, texts, hetero);
        }
        for (AssessmentSection s : sections) {
            s.addTo(b, texts.locale());
        }
        return b.build();
    }

    /** JSON: the endpoint, then {@code sections}, each with its {@code id} and the members of its own schema. */
    public String json(ReportTexts texts) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", SCHEMA);
        doc.put("language", texts.locale().toLanguageTag());
        doc.put("created", JsonReports.iso(created));
        doc.put("endpoint", JsonReports.endpoint(endpoint));
        List<Object> parts = new ArrayList<>();
        Map<String, Object> readiness = new LinkedHashMap<>();
        readiness.put("id", "checks");
        readiness.put("schema", JsonReports.RUN);
        readiness.putAll(JsonReports.runBody(texts, catalogue, run));
        if (comparison != null) {
            readiness.put("comparison",
                    JsonReports.comparisonBody(texts, catalogue, run.runId(), previousRunId, comparison));
        }
        parts.add(readiness);
        if (hetero != null) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("id", "hetero");
            h.put("schema", JsonReports.HETERO);
            h.putAll(JsonReports.heteroBody(texts, hetero));
            parts.add(h);
        }
        for (AssessmentSection s : sections) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("title", s.title(texts.locale()));
            m.put("content", s.json(texts.locale()));
            parts.add(m);
        }
        doc.put("sections", parts);
        return JsonReports.text(doc);
    }
}
