package org.hisops.migration.plans.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hisops.migration.plans.Formulas;
import org.hisops.migration.plans.GoNoGo;
import org.hisops.migration.plans.MigrationPlan;
import org.hisops.migration.plans.PlanParameter;
import org.hisops.migration.plans.RunbookStep;
import org.hisops.migration.plans.SchemaVolume;
import org.hisops.report.Report;
import org.hisops.report.ReportRenderer;

/** The plan as files: parameter files, RMAN and SQL*Plus scripts, the runbook as HTML and PDF. */
final class PlanFiles {

    private PlanFiles() {
    }

    /** File name to content, in writing order. */
    static Map<String, byte[]> contents(MigrationPlan plan, String fallbackParfile, ReportRenderer renderer,
            Locale locale) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (!plan.dataPump().expdpParfile().isEmpty()) {
            files.put("expdp.par", ascii(plan.dataPump().expdpParfile()));
        }
        files.put("impdp.par", ascii(plan.dataPump().impdpParfile()));
        files.put("expdp-fallback-on-11.2.par", ascii(fallbackParfile));
        files.put("rman-backup.rman", ascii(plan.rman().backupScript()));
        files.put("rman-restore.rman", ascii(plan.rman().restoreScript()));
        files.put("upgrade.sql", ascii(plan.rman().upgradeScript()));
        files.put("init-11.2-edits.ora", ascii(plan.rman().pfile()));
        Report report = report(plan, locale);
        if (renderer != null) {
            ByteArrayOutputStream html = new ByteArrayOutputStream();
            try (Writer out = new OutputStreamWriter(html, StandardCharsets.UTF_8)) {
                renderer.html(report, out);
            }
            files.put("runbook.html", html.toByteArray());
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            renderer.pdf(report, pdf);
            files.put("runbook.pdf", pdf.toByteArray());
        }
        return files;
    }

    static List<Path> write(Map<String, byte[]> files, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Path part = folder.resolve(file.getKey() + ".part");
            Files.write(part, file.getValue());
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written.add(target);
        }
        return written;
    }

    /** Server files stay ASCII (a parfile or script in the database host's character set is read byte by byte). */
    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static Report report(MigrationPlan plan, Locale l) {
        var source = plan.source();
        var dp = plan.dataPump();
        var e = dp.estimate();
        Report.Builder b = Report.builder(Texts.get(l, "report.title", source.databaseName()), l)
                .subtitle(Texts.get(l, source.emulated() ? "report.subtitle.emulated" : "report.subtitle",
                        source.endpointId(), String.valueOf(source.version())))
                .created(plan.created());
        b.heading(Texts.get(l, "report.source"));
        b.fact(Texts.get(l, "report.fact.database"), source.databaseName() + " " + source.version());
        b.fact(Texts.get(l, "report.fact.platform"), String.valueOf(source.platform()));
        b.fact(Texts.get(l, "report.fact.edition"), Texts.get(l, source.enterpriseEdition() ? "edition.ee" : "edition.se"));
        b.fact(Texts.get(l, "report.fact.cpu"), source.cpuCount());
        b.fact(Texts.get(l, "report.fact.scn"), source.currentScn());
        b.fact(Texts.get(l, "report.fact.data"), DataPumpPlanner.mb(e.dataBytes()));
        b.fact(Texts.get(l, "report.fact.index"), DataPumpPlanner.mb(e.indexBytes()));
        b.fact(Texts.get(l, "report.fact.throughput"), Texts.get(l, e.measured() ? "throughput.measured"
                : "throughput.assumed", DataPumpPlanner.number(e.throughputMegabytesPerSecond())));
        List<List<String>> schemaRows = new ArrayList<>();
        for (SchemaVolume s : DataPumpPlanner.chosen(plan.request(), source)) {
            schemaRows.add(List.of(s.schema(), DataPumpPlanner.mb(s.tableBytes()), DataPumpPlanner.mb(s.lobBytes()),
                    DataPumpPlanner.mb(s.indexBytes())));
        }
        b.table(List.of(Texts.get(l, "report.col.schema"), Texts.get(l, "report.col.tables"),
                Texts.get(l, "report.col.lobs"), Texts.get(l, "report.col.indexes")), schemaRows);

        b.heading(Texts.get(l, "report.datapump"));
        b.paragraph(Texts.get(l, "report.estimate", Formulas.localized(e.formula(), l)));
        if (!dp.exportParameters().isEmpty()) {
            b.paragraph("expdp.par");
            b.table(parameterHeader(l), parameterRows(dp.exportParameters(), l));
        }
        b.paragraph("impdp.par");
        b.table(parameterHeader(l), parameterRows(dp.importParameters(), l));
        if (!dp.networkLinkRequirementKeys().isEmpty()) {
            b.paragraph(Texts.get(l, "report.link"));
            for (String key : dp.networkLinkRequirementKeys()) {
                b.paragraph("- " + Texts.get(l, key, plan.request().networkLink()));
            }
        }

        b.heading(Texts.get(l, "report.cutover", CutoverPlanner.hours(plan.cutover().downtimeSeconds()),
                CutoverPlanner.hours(plan.cutover().windowSeconds())));
        b.table(stepHeader(l), stepRows(plan.cutover().steps(), l));
        b.heading(Texts.get(l, "report.gonogo"));
        List<List<String>> goRows = new ArrayList<>();
        for (GoNoGo g : plan.cutover().goNoGo()) {
            goRows.add(List.of(Texts.get(l, g.criterionKey(), g.arguments()),
                    Texts.get(l, "verdict." + g.verdict().name().toLowerCase(Locale.ROOT))));
        }
        b.table(List.of(Texts.get(l, "report.col.criterion"), Texts.get(l, "report.col.verdict")), goRows);

        b.heading(Texts.get(l, "report.rman"));
        b.table(stepHeader(l), stepRows(plan.rman().steps(), l));
        b.paragraph(Texts.get(l, "report.files"));
        return b.build();
    }

    private static List<String> parameterHeader(Locale l) {
        return List.of(Texts.get(l, "report.col.parameter"), Texts.get(l, "report.col.value"),
                Texts.get(l, "report.col.why"), Texts.get(l, "report.col.source"));
    }

    private static List<List<String>> parameterRows(List<PlanParameter> lines, Locale l) {
        return lines.stream().map(p -> List.of(p.name(), p.value(), Texts.get(l, p.noteKey(), p.noteArguments()),
                p.source())).toList();
    }

    private static List<String> stepHeader(Locale l) {
        return List.of("#", Texts.get(l, "report.col.step"), Texts.get(l, "report.col.who"),
                Texts.get(l, "report.col.command"), Texts.get(l, "report.col.expected"),
                Texts.get(l, "report.col.duration"), Texts.get(l, "report.col.formula"));
    }

    private static List<List<String>> stepRows(List<RunbookStep> steps, Locale l) {
        return steps.stream().map(s -> List.of(String.valueOf(s.number()), Texts.get(l, s.titleKey()),
                Texts.get(l, s.actorKey()), s.command(), Texts.get(l, s.expectedKey(), s.expectedArguments()),
                CutoverPlanner.hours(s.seconds()), Formulas.localized(s.formula(), l))).toList();
    }
}
