package org.hisops.migration.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hisops.migration.api.RowDifference;
import org.hisops.migration.api.TableResult;
import org.hisops.migration.api.VerifyResult;
import org.hisops.platform.api.BundleTexts;
import org.hisops.report.Report;

/** The run as a report in the reader's language (rendered to HTML or PDF by org.hisops.report). */
final class ResultReport {

    private static final BundleTexts TEXTS = BundleTexts.of(ResultReport.class);
    private static final int ROWS_SHOWN = 50;

    private ResultReport() {
    }

    static Report of(VerifyResult r, Locale locale) {
        Report.Builder b = Report.builder(t(locale, "report.title"), locale)
                .subtitle(r.sourceId() + " \u2192 " + r.targetId()
                        + (r.emulated() ? " (" + t(locale, "report.emulated") + ")" : ""))
                .created(r.finished() != null ? r.finished() : r.started());
        b.fact(t(locale, "report.run"), r.runId());
        b.fact(t(locale, "report.source.snapshot"), String.valueOf(r.sourceSnapshot()));
        b.fact(t(locale, "report.target.snapshot"), String.valueOf(r.targetSnapshot()));
        b.fact(t(locale, "report.verdict"), t(locale, "status." + r.worst().name()));
        List<List<String>> rows = new ArrayList<>();
        for (TableResult t : r.tables()) {
            rows.add(List.of(t.pair().label(), t.pair().targetSchema() + "." + t.pair().targetTable(),
                    t(locale, "status." + t.status().name()), t(locale, "by." + t.comparedBy().name()),
                    Long.toString(t.sourceRows()), Long.toString(t.targetRows()), Long.toString(t.differencesFound()),
                    t.problem() == null || t.status() != org.hisops.migration.api.TableStatus.FAILED ? ""
                            : t(locale, "problem") + ": " + t.problem().name() + " " + String.valueOf(t.problemMessage())));
        }
        b.table(List.of(t(locale, "report.col.source"), t(locale, "report.col.target"), t(locale, "report.col.status"),
                t(locale, "report.col.by"), t(locale, "report.col.source.rows"), t(locale, "report.col.target.rows"),
                t(locale, "report.col.differences"), t(locale, "report.col.problem")), rows);
        for (TableResult t : r.tables()) {
            if (t.differences().isEmpty()) {
                continue;
            }
            b.heading(t.pair().label());
            b.paragraph(TEXTS.format(locale, "report.rules", String.join(", ", t.rules())));
            List<List<String>> diffs = new ArrayList<>();
            for (RowDifference d : t.differences().subList(0, Math.min(ROWS_SHOWN, t.differences().size()))) {
                diffs.add(List.of(t(locale, "kind." + d.kind().name()), String.join(", ", d.key()),
                        String.join(", ", d.changedColumns()), shown(d.sourceValues()), shown(d.targetValues())));
            }
            b.table(List.of(t(locale, "report.col.kind"), t(locale, "report.col.key"), t(locale, "report.col.changed"),
                    t(locale, "report.col.source.values"), t(locale, "report.col.target.values")), diffs);
            if (t.repair() != null) {
                b.paragraph(t(locale, "report.repair"));
                b.paragraph(t.repair().text());
            }
        }
        return b.build();
    }

    private static String shown(List<String> values) {
        List<String> shown = new ArrayList<>();
        for (String v : values) {
            shown.add(v == null ? "NULL" : v.length() > 60 ? v.substring(0, 60) + "\u2026" : v);
        }
        return String.join(" | ", shown);
    }

    private static String t(Locale locale, String key) {
        return TEXTS.text(locale, key, key);
    }
}
