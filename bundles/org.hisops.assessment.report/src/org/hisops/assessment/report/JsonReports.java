package org.hisops.assessment.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hisops.checks.api.Check;
import org.hisops.checks.api.CheckCatalogue;
import org.hisops.checks.api.CheckResult;
import org.hisops.checks.api.CheckStatus;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.RunResult;
import org.hisops.db.api.Endpoint;
import org.hisops.hetero.api.AssessedObject;
import org.hisops.hetero.api.Conversion;
import org.hisops.hetero.api.HeteroAssessment;
import org.hisops.hetero.api.ObjectKind;
import org.hisops.hetero.api.RuleHit;
import org.hisops.report.Json;

/**
 * The JSON reports (schemas {@value #RUN}, {@value #COMPARISON}, {@value #HETERO}, documented in docs/assessment.md).
 * Identifiers, enum names and keys stay English; texts meant for people (titles, messages, recommendations, reasons)
 * are in the requested language. A field is added in a later version of a schema, never renamed or removed.
 */
public final class JsonReports {

    public static final String RUN = "hisops.assessment.run/1";
    public static final String COMPARISON = "hisops.assessment.comparison/1";
    public static final String HETERO = "hisops.assessment.hetero/1";

    private JsonReports() {
    }

    /** A check run as a document of its own; {@code comparison} may be {@code null}. */
    public static String run(ReportTexts texts, CheckCatalogue catalogue, Endpoint endpoint, RunResult run,
            RunComparison comparison, Long previousRunId) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", RUN);
        doc.put("language", texts.locale().toLanguageTag());
        doc.put("endpoint", endpoint(endpoint));
        doc.putAll(runBody(texts, catalogue, run));
        if (comparison != null) {
            doc.put("comparison", comparisonBody(texts, catalogue, run.runId(), previousRunId, comparison));
        }
        return text(doc);
    }

    /** A comparison of two runs as a document of its own. */
    public static String comparison(ReportTexts texts, CheckCatalogue catalogue, Endpoint endpoint, long runId,
            Long previousRunId, RunComparison comparison) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", COMPARISON);
        doc.put("language", texts.locale().toLanguageTag());
        doc.put("endpoint", endpoint(endpoint));
        doc.putAll(comparisonBody(texts, catalogue, runId, previousRunId, comparison));
        return text(doc);
    }

    /** A heterogeneous assessment as a document of its own. */
    public static String hetero(ReportTexts texts, Endpoint endpoint, HeteroAssessment a) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", HETERO);
        doc.put("language", texts.locale().toLanguageTag());
        doc.put("endpoint", endpoint(endpoint));
        doc.putAll(heteroBody(texts, a));
        return text(doc);
    }

    static Map<String, Object> endpoint(Endpoint e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("name", e.name());
        m.put("system", e.system());
        m.put("engine", e.engine().name());
        m.put("emulated", e.emulated());
        return m;
    }

    static Map<String, Object> runBody(ReportTexts texts, CheckCatalogue catalogue, RunResult run) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", run.runId());
        r.put("catalogue", run.catalogueId());
        r.put("catalogueName", texts.get(catalogue.nameKey()));
        r.put("started", iso(run.started()));
        r.put("finished", iso(run.finished()));
        r.put("cancelled", run.cancelled());
        r.put("highest", run.highest().map(Enum::name).orElse(null));
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("checks", run.results().size());
        for (CheckStatus s : CheckStatus.values()) {
            counts.put(camel(s.name()), run.count(s));
        }
        r.put("counts", counts);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("run", r);
        body.put("version", run.version());
        List<Object> checks = new ArrayList<>();
        for (CheckResult result : run.results()) {
            Optional<Check> check = ReadinessReport.check(catalogue, result.checkId());
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", result.checkId());
            c.put("title", check.map(x -> texts.get(x.titleKey())).orElse(result.checkId()));
            c.put("category", check.map(Check::category).orElse(null));
            c.put("status", result.status().name());
            c.put("severity", result.severity() == null ? null : result.severity().name());
            c.put("recommendation", check.map(x -> texts.get(x.recommendationKey())).orElse(null));
            c.put("training", check.map(Check::trainingLink).orElse(null));
            c.put("source", check.map(Check::source).orElse(null));
            if (result.status() == CheckStatus.FAILED || result.status() == CheckStatus.NOT_APPLICABLE
                    || result.status() == CheckStatus.CANCELLED) {
                Map<String, Object> why = new LinkedHashMap<>();
                why.put("key", result.reasonKey());
                why.put("text", ReadinessReport.failure(texts, result));
                why.put("serverCode", result.serverCode());
                why.put("problem", result.problem() == null ? null : result.problem().name());
                c.put("reason", why);
            }
            List<Object> findings = new ArrayList<>();
            for (Finding f : result.findings()) {
                findings.add(finding(texts, catalogue, f));
            }
            c.put("findings", findings);
            checks.add(c);
        }
        body.put("checks", checks);
        return body;
    }

    static Map<String, Object> finding(ReportTexts texts, CheckCatalogue catalogue, Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", f.severity().name());
        m.put("messageKey", f.messageKey());
        m.put("message", catalogue.message(texts.locale(), f));
        m.put("subject", f.subject());
        // The figures the evaluator read from the evidence rows, in the message's order.
        m.put("evidence", f.arguments());
        m.put("fixup", f.fixupStatements());
        return m;
    }

    static Map<String, Object> comparisonBody(ReportTexts texts, CheckCatalogue catalogue, long runId,
            Long previousRunId, RunComparison c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", runId);
        m.put("previous", previousRunId);
        m.put("new", entries(texts, catalogue, c.added()));
        m.put("fixed", entries(texts, catalogue, c.resolved()));
        m.put("unchanged", entries(texts, catalogue, c.unchanged()));
        return m;
    }

    private static List<Object> entries(ReportTexts texts, CheckCatalogue catalogue, List<RunComparison.Entry> list) {
        List<Object> out = new ArrayList<>();
        for (RunComparison.Entry e : list) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("check", e.checkId());
            m.putAll(finding(texts, catalogue, e.finding()));
            out.add(m);
        }
        return out;
    }

    static Map<String, Object> heteroBody(ReportTexts texts, HeteroAssessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("flavour", a.flavour().name());
        m.put("sourceVersion", a.sourceVersion());
        m.put("characterSet", a.characterSet());
        m.put("emulated", a.emulated());
        m.put("started", iso(a.started()));
        m.put("finished", iso(a.finished()));
        m.put("cancelled", a.cancelled());
        m.put("schemas", a.schemas());
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("objects", a.objects().size());
        for (Conversion c : Conversion.values()) {
            totals.put(c.name().toLowerCase(java.util.Locale.ROOT), a.count(c));
        }
        totals.put("units", a.units());
        totals.put("personDays", a.personDays());
        totals.put("highest", a.highest().name());
        m.put("totals", totals);
        Map<String, Object> effort = new LinkedHashMap<>();
        effort.put("minutesPerUnit", a.effort().minutesPerUnit());
        effort.put("hoursPerDay", a.effort().hoursPerDay());
        effort.put("sourceLinesPerUnit", a.effort().sourceLinesPerUnit());
        m.put("effort", effort);
        List<Object> kinds = new ArrayList<>();
        for (ObjectKind kind : ObjectKind.values()) {
            if (a.count(kind) == 0) {
                continue;
            }
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("kind", kind.name());
            k.put("name", texts.get(kind.key()));
            k.put("objects", a.count(kind));
            for (Conversion c : Conversion.values()) {
                k.put(c.name().toLowerCase(java.util.Locale.ROOT), a.count(kind, c));
            }
            k.put("units", a.units(kind));
            k.put("personDays", a.personDays(kind));
            kinds.add(k);
        }
        m.put("kinds", kinds);
        List<Object> objects = new ArrayList<>();
        for (AssessedObject o : a.objects()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("owner", o.owner());
            x.put("name", o.name());
            x.put("kind", o.kind().name());
            x.put("conversion", o.conversion().name());
            x.put("units", o.units());
            x.put("lines", o.lines());
            List<Object> hits = new ArrayList<>();
            for (RuleHit h : o.hits()) {
                Map<String, Object> y = new LinkedHashMap<>();
                y.put("rule", h.ruleId());
                y.put("title", texts.get("rule." + h.ruleId()));
                y.put("conversion", h.conversion().name());
                y.put("units", h.units());
                y.put("line", h.line());
                y.put("text", h.text());
                y.put("why", texts.get("rule." + h.ruleId() + ".why"));
                hits.add(y);
            }
            x.put("hits", hits);
            objects.add(x);
        }
        m.put("objects", objects);
        return m;
    }

    /**
     * The JSON text of a tree of maps (members in their order), collections and values, through
     * {@code org.hisops.report.Json}, which writes its own objects but not maps.
     */
    static String text(Map<String, Object> doc) {
        return Json.text(tree(doc)) + "\n";
    }

    private static Object tree(Object value) {
        if (value instanceof Map<?, ?> map) {
            Json.Obj o = Json.object();
            map.forEach((k, v) -> o.put(String.valueOf(k), tree(v)));
            return o;
        }
        if (value instanceof java.util.Collection<?> list) {
            return list.stream().map(JsonReports::tree).toList();
        }
        return value;
    }

    static String iso(Instant t) {
        return t == null ? null : t.toString();
    }

    private static String camel(String constant) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : constant.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }
}
