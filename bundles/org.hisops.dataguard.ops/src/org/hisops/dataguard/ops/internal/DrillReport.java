package org.hisops.dataguard.ops.internal;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hisops.dataguard.api.DrillEvent;
import org.hisops.dataguard.api.DrillRecord;
import org.hisops.platform.api.BundleTexts;
import org.hisops.report.Report;

/** A drill as a {@link Report} in the reader's language: conclusion, figures, data check, timeline. */
final class DrillReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private DrillReport() {
    }

    static Report of(DrillRecord d, Locale locale, Duration rtoTarget) {
        BundleTexts t = BundleTexts.of(DrillReport.class);
        ZoneId zone = ZoneId.systemDefault();
        String emulated = d.emulated() ? " " + t.text(locale, "report.emulated", "(emulated)") : "";
        Report.Builder b = Report.builder(t.text(locale, "report.title", "Drill report") + emulated, locale)
                .subtitle(t.format(locale, "report.subtitle", d.siteId(), d.system(),
                        t.text(locale, d.kind().nameKey(), d.kind().name())));
        boolean rpoZero = d.lost() == 0 && d.markerFound();
        boolean rtoMet = d.rto() != null && d.rto().compareTo(rtoTarget) <= 0;
        b.heading(t.text(locale, "report.conclusion", "Conclusion"));
        b.paragraph(t.format(locale, "report.conclusion." + d.outcome().name().toLowerCase(Locale.ROOT),
                seconds(d.rto()), d.lost(), d.committed()));
        b.paragraph(t.format(locale, rpoZero ? "report.rpo.zero" : "report.rpo.loss", d.lost(), d.committed(),
                seconds(d.lostWindow())));
        b.paragraph(t.format(locale, rtoMet ? "report.rto.met" : "report.rto.missed", seconds(d.rto()),
                seconds(rtoTarget)));

        b.heading(t.text(locale, "report.figures", "Figures"));
        b.fact(t.text(locale, "report.kind", "Drill"), t.text(locale, d.kind().nameKey(), d.kind().name()));
        b.fact(t.text(locale, "report.primary", "Former primary"), d.formerPrimaryId());
        b.fact(t.text(locale, "report.newprimary", "New primary"), d.newPrimaryId());
        b.fact(t.text(locale, "report.user", "Run by"), d.user());
        b.fact(t.text(locale, "report.started", "Started"), TIME.format(d.started().atZone(zone)));
        b.fact(t.text(locale, "report.finished", "Finished"), TIME.format(d.finished().atZone(zone)));
        b.fact(t.text(locale, "report.lag", "Lag at the start"), t.format(locale, "report.lag.value",
                seconds(d.lagAtStart().transportLag()), seconds(d.lagAtStart().applyLag()),
                d.lagAtStart().unshippedBytes() == null ? "-" : d.lagAtStart().unshippedBytes().toString()));
        b.fact(t.text(locale, "report.rto", "RTO"), d.rto() == null ? "-" : t.format(locale, "report.seconds",
                seconds(d.rto())));
        b.fact(t.text(locale, "report.rpo", "RPO"), t.format(locale, "report.rpo.value", d.lost(), d.committed()));
        b.fact(t.text(locale, "report.marker", "Marker"), t.text(locale, d.markerFound() ? "report.marker.found"
                : "report.marker.missing", ""));

        b.heading(t.text(locale, "report.datacheck", "Data check"));
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Long> e : d.rowCountsBefore().entrySet()) {
            Long after = d.rowCountsAfter().get(e.getKey());
            rows.add(List.of(e.getKey(), count(e.getValue()), count(after),
                    t.text(locale, e.getValue().equals(after) ? "report.same" : "report.differs", "")));
        }
        b.table(List.of(t.text(locale, "report.table", "Table"), t.text(locale, "report.before", "Before"),
                t.text(locale, "report.after", "After"), t.text(locale, "report.result", "Result")), rows);

        b.heading(t.text(locale, "report.timeline", "Timeline"));
        List<List<String>> events = new ArrayList<>();
        for (DrillEvent e : d.timeline()) {
            events.add(List.of(TIME.format(e.time().atZone(zone)).substring(11), t.text(locale, e.key(), e.key()),
                    e.detail()));
        }
        b.table(List.of(t.text(locale, "report.time", "Time"), t.text(locale, "report.step", "Step"),
                t.text(locale, "report.detail", "Detail")), events);
        b.paragraph(t.text(locale, "report.method", ""));
        return b.build();
    }

    private static String count(Long n) {
        return n == null || n < 0 ? "-" : String.format(Locale.ROOT, "%,d", n);
    }

    static String seconds(Duration d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }
}
