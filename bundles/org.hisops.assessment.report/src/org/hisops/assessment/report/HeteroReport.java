package org.hisops.assessment.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.hisops.db.api.Endpoint;
import org.hisops.hetero.api.AssessedObject;
import org.hisops.hetero.api.Conversion;
import org.hisops.hetero.api.HeteroAssessment;
import org.hisops.hetero.api.ObjectKind;
import org.hisops.hetero.api.RuleHit;
import org.hisops.report.Report;

/**
 * A heterogeneous assessment as a report: totals per object kind (AUTO / REVIEW / MANUAL, units, person-days), the
 * rules that fired, and every object that needs more than a tool, with the rules and lines.
 * The texts need the assessor among the {@link ReportTexts} owners (rule titles, kinds, verdicts).
 */
public final class HeteroReport {

    private HeteroReport() {
    }

    public static Report of(ReportTexts texts, Endpoint endpoint, HeteroAssessment a) {
        Report.Builder b = Report.builder(texts.format("hetero.title", endpoint.name()), texts.locale())
                .subtitle(texts.format("hetero.subtitle", texts.get(a.flavour().key()), endpoint.system(),
                        a.emulated() ? texts.get("report.emulated") : ""))
                .created(Instant.now());
        b.fact(texts.get("report.endpoint"), endpoint.name() + " (" + endpoint.id() + ")");
        addTo(b, texts, a);
        return b.build();
    }

    public static void addTo(Report.Builder b, ReportTexts texts, HeteroAssessment a) {
        b.fact(texts.get("hetero.flavour"), texts.get(a.flavour().key()));
        b.fact(texts.get("report.version"), a.sourceVersion() == null ? "-" : a.sourceVersion());
        b.fact(texts.get("hetero.charset"), a.characterSet() == null ? "-" : a.characterSet());
        b.fact(texts.get("hetero.schemas"), String.join(", ", a.schemas()));
        b.fact(texts.get("report.started"), ReadinessReport.time(a.started()));
        b.fact(texts.get("hetero.totals"), totals(texts, a));
        b.fact(texts.get("hetero.effort"), texts.format("hetero.effort.value", number(texts.locale(), a.units()),
                number(texts.locale(), a.personDays())));
        if (a.cancelled()) {
            b.paragraph(texts.get("hetero.cancelled"));
        }
        b.paragraph(texts.format("hetero.effort.basis", number(texts.locale(), a.effort().minutesPerUnit()),
                number(texts.locale(), a.effort().hoursPerDay())));
        b.heading(texts.get("hetero.by.kind"));
        b.table(List.of(texts.get("hetero.col.kind"), texts.get("hetero.col.objects"), texts.get(Conversion.AUTO.key()),
                texts.get(Conversion.REVIEW.key()), texts.get(Conversion.MANUAL.key()), texts.get("hetero.col.units"),
                texts.get("hetero.col.days")), kindRows(texts, a));

        Map<String, List<RuleHit>> byRule = a.objects().stream().flatMap(o -> o.hits().stream())
                .filter(h -> h.conversion() != Conversion.AUTO)
                .collect(Collectors.groupingBy(RuleHit::ruleId, LinkedHashMap::new, Collectors.toList()));
        if (!byRule.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (Map.Entry<String, List<RuleHit>> e : byRule.entrySet()) {
                long objects = a.objects().stream()
                        .filter(o -> o.hits().stream().anyMatch(h -> h.ruleId().equals(e.getKey()))).count();
                rows.add(List.of(e.getKey() + " · " + texts.get("rule." + e.getKey()),
                        texts.get(e.getValue().get(0).conversion().key()),
                        texts.format("hetero.occurrences", e.getValue().size(), objects),
                        texts.get("rule." + e.getKey() + ".why")));
            }
            b.heading(texts.get("hetero.rules"));
            b.table(List.of(texts.get("hetero.col.rule"), texts.get("hetero.col.conversion"),
                    texts.get("hetero.col.where"), texts.get("hetero.col.why")), rows);
        }
        for (Conversion c : List.of(Conversion.MANUAL, Conversion.REVIEW)) {
            List<List<String>> rows = new ArrayList<>();
            for (AssessedObject o : a.objects()) {
                if (o.conversion() == c) {
                    rows.add(List.of(o.qualifiedName(), texts.get(o.kind().key()), number(texts.locale(), o.units()),
                            hits(o)));
                }
            }
            if (!rows.isEmpty()) {
                b.heading(texts.format("hetero.objects", texts.get(c.key()), rows.size()));
                b.table(List.of(texts.get("hetero.col.object"), texts.get("hetero.col.kind"),
                        texts.get("hetero.col.units"), texts.get("hetero.col.hits")), rows);
            }
        }
    }

    /** "120 objects: 100 automatic, 15 review, 5 manual" */
    public static String totals(ReportTexts texts, HeteroAssessment a) {
        return texts.format("hetero.totals.value", a.objects().size(), a.count(Conversion.AUTO),
                a.count(Conversion.REVIEW), a.count(Conversion.MANUAL));
    }

    /** Per kind present: name, objects, AUTO, REVIEW, MANUAL, units, person-days. */
    public static List<List<String>> kindRows(ReportTexts texts, HeteroAssessment a) {
        List<List<String>> rows = new ArrayList<>();
        for (ObjectKind kind : ObjectKind.values()) {
            long n = a.count(kind);
            if (n == 0) {
                continue;
            }
            rows.add(List.of(texts.get(kind.key()), Long.toString(n), Long.toString(a.count(kind, Conversion.AUTO)),
                    Long.toString(a.count(kind, Conversion.REVIEW)), Long.toString(a.count(kind, Conversion.MANUAL)),
                    number(texts.locale(), a.units(kind)), number(texts.locale(), a.personDays(kind))));
        }
        return rows;
    }

    /** The rules that need a person, with their lines: {@code plsql.connect.by@12, trigger.new.old@3}. */
    public static String hits(AssessedObject o) {
        return o.hits().stream().filter(h -> h.conversion() != Conversion.AUTO)
                .map(h -> h.ruleId() + (h.line() > 0 ? "@" + h.line() : "")).collect(Collectors.joining(", "));
    }

    /** Two decimals at most, in the reader's convention. */
    public static String number(Locale locale, double value) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        f.setMinimumFractionDigits(0);
        return f.format(value);
    }
}
