package org.hisops.assessment.data.core.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hisops.assessment.data.api.DataAssessmentResult;
import org.hisops.assessment.data.api.DataPumpEstimate;
import org.hisops.assessment.data.api.Growth;
import org.hisops.assessment.data.api.LobVolume;
import org.hisops.assessment.data.api.PartitionedTable;
import org.hisops.assessment.data.api.SchemaVolume;
import org.hisops.assessment.data.api.TableStatistics;
import org.hisops.assessment.data.api.TableVolume;
import org.hisops.platform.api.BundleTexts;
import org.hisops.report.Report;

/** A data assessment as a report section, in the reader's language (texts of this bundle). */
final class DataReportSection {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final BundleTexts texts = BundleTexts.of(DataReportSection.class);
    private final Locale locale;

    DataReportSection(Locale locale) {
        this.locale = locale;
    }

    String t(String key, Object... args) {
        return args.length == 0 ? texts.text(locale, key, key) : texts.format(locale, key, args);
    }

    static String time(java.time.Instant i) {
        return i == null ? "-" : TIME.format(i);
    }

    /** The Data Pump formula with the figures put in. */
    String formula(DataPumpEstimate e) {
        return t("data.datapump.formula", Sizes.bytes(e.bytes()), Sizes.number(e.gbPerHour()),
                Sizes.duration(e.seconds()), t("data.datapump.source." + e.source().name().toLowerCase(Locale.ROOT)));
    }

    void append(Report.Builder r, DataAssessmentResult d) {
        r.heading(t("data.report.heading"));
        r.fact(t("data.fact.endpoint"), d.endpointId()).fact(t("data.fact.server"), d.engine() + " " + d.serverVersion()
                + (d.emulated() ? " (" + t("data.emulated") + ")" : ""))
                .fact(t("data.fact.taken"), time(d.takenAt())).fact(t("data.fact.total"), Sizes.bytes(d.totalBytes()))
                .fact(t("data.fact.tables"), d.tables().size());
        for (String note : d.notes()) {
            r.paragraph(t("note." + note));
        }
        r.heading(t("data.section.schemas"));
        List<List<String>> rows = new ArrayList<>();
        for (SchemaVolume s : d.schemas()) {
            rows.add(List.of(s.owner(), String.valueOf(s.tables()), Sizes.bytes(s.tableBytes()), Sizes.bytes(s.indexBytes()),
                    Sizes.bytes(s.lobBytes()), Sizes.bytes(s.totalBytes())));
        }
        r.table(List.of(t("col.schema"), t("col.tables"), t("col.table.bytes"), t("col.index.bytes"), t("col.lob.bytes"),
                t("col.total")), rows);
        r.heading(t("data.section.largest"));
        rows = new ArrayList<>();
        for (TableVolume v : d.largest(20)) {
            rows.add(List.of(v.table().toString(), Sizes.bytes(v.tableBytes()), Sizes.bytes(v.indexBytes()),
                    Sizes.bytes(v.lobBytes()), Sizes.bytes(v.totalBytes()), v.statsRows() < 0 ? "-" : Sizes.number(v.statsRows()),
                    time(v.lastAnalyzed()), v.partitions() == 0 ? "" : String.valueOf(v.partitions())));
        }
        r.table(List.of(t("col.table"), t("col.table.bytes"), t("col.index.bytes"), t("col.lob.bytes"), t("col.total"),
                t("col.stats.rows"), t("col.analyzed"), t("col.partitions")), rows);
        if (!d.lobs().isEmpty()) {
            r.heading(t("data.section.lobs"));
            rows = new ArrayList<>();
            for (LobVolume l : d.lobs()) {
                rows.add(List.of(l.table().toString(), l.column(), l.segment(), Sizes.bytes(l.segmentBytes()),
                        Sizes.bytes(l.indexBytes())));
            }
            r.table(List.of(t("col.table"), t("col.column"), t("col.segment"), t("col.lob.segment"), t("col.lob.index")), rows);
        }
        if (!d.partitioned().isEmpty()) {
            r.heading(t("data.section.partitions"));
            rows = new ArrayList<>();
            for (PartitionedTable p : d.partitioned()) {
                rows.add(List.of(p.table().toString(), p.type(), p.subpartitionType(), String.valueOf(p.partitions()),
                        String.valueOf(p.subpartitions()), Sizes.bytes(p.bytes())));
            }
            r.table(List.of(t("col.table"), t("col.partitioning"), t("col.subpartitioning"), t("col.partitions"),
                    t("col.subpartitions"), t("col.table.bytes")), rows);
        }
        r.heading(t("data.section.statistics"));
        if (d.statistics().isEmpty()) {
            r.paragraph(t("data.statistics.none"));
        } else {
            rows = new ArrayList<>();
            for (TableStatistics s : d.statistics()) {
                rows.add(List.of(s.table().toString(), t("stats.state." + s.state().name().toLowerCase(Locale.ROOT)),
                        s.statsRows() < 0 ? "-" : Sizes.number(s.statsRows()), time(s.lastAnalyzed()),
                        s.ageDays() < 0 ? "-" : String.valueOf(s.ageDays())));
            }
            r.table(List.of(t("col.table"), t("col.state"), t("col.stats.rows"), t("col.analyzed"), t("col.age.days")), rows);
        }
        r.heading(t("data.section.growth"));
        r.paragraph(t("growth.source." + d.growthSource().name().toLowerCase(Locale.ROOT)));
        if (!d.growth().isEmpty()) {
            rows = new ArrayList<>();
            for (Growth g : d.growth()) {
                rows.add(List.of(g.table() == null ? g.owner() : g.owner() + "." + g.table(), time(g.from()), time(g.to()),
                        Sizes.bytes(g.fromBytes()), Sizes.bytes(g.toBytes()), Sizes.bytes(g.bytesPerDay())));
            }
            r.table(List.of(t("col.object"), t("col.from"), t("col.to"), t("col.from.bytes"), t("col.to.bytes"),
                    t("col.per.day")), rows);
        }
        r.heading(t("data.section.datapump"));
        r.paragraph(formula(d.estimate()));
        r.paragraph(t("data.datapump.assumes"));
    }
}
