package org.hisops.migration.plans.internal;

import java.util.ArrayList;
import java.util.List;

import org.hisops.migration.plans.CutoverRunbook;
import org.hisops.migration.plans.DataPumpPlan;
import org.hisops.migration.plans.Estimate;
import org.hisops.migration.plans.GoNoGo;
import org.hisops.migration.plans.PlanRequest;
import org.hisops.migration.plans.RunbookStep;
import org.hisops.migration.plans.SchemaVolume;
import org.hisops.migration.plans.SourceProfile;

/** The cut-over night of the Data Pump route, with durations from the volume and the throughput. */
final class CutoverPlanner {

    private CutoverPlanner() {
    }

    static CutoverRunbook plan(PlanRequest request, SourceProfile source, DataPumpPlan dataPump, Figures f) {
        Estimate e = dataPump.estimate();
        boolean network = request.networkLink() != null;
        List<SchemaVolume> chosen = DataPumpPlanner.chosen(request, source);
        String schemaList = String.join(", ", chosen.stream().map(s -> "'" + s.schema() + "'").toList());
        List<RunbookStep> steps = new ArrayList<>();
        add(steps, "cut.step.freeze", "actor.app", "", "cut.expect.freeze", List.of(), f.freezeMinutes() * 60L,
                "site setting " + Figures.FREEZE + " = " + f.freezeMinutes() + " min", Sources.HISOPS);
        add(steps, "cut.step.fallback", "actor.dba", "SELECT current_scn FROM v$database;", "cut.expect.fallback",
                List.of(), 300, "fixed: 5 min", Sources.UPGRADE_DP);
        if (!network) {
            add(steps, "cut.step.export", "actor.dba", "expdp system PARFILE=expdp.par", "cut.expect.export", List.of(),
                    e.exportSeconds(), "data / T = " + DataPumpPlanner.mb(e.dataBytes()) + " / "
                            + DataPumpPlanner.number(e.throughputMegabytesPerSecond()) + " MB/s = " + e.exportSeconds()
                            + " s", Sources.UTIL_102);
            add(steps, "cut.step.copy", "actor.sysadmin", "scp <DATA_PUMP_DIR>/*.dmp newhost:<DATA_PUMP_DIR>/",
                    "cut.expect.copy", List.of(), e.transferSeconds(), "data / C = " + DataPumpPlanner.mb(e.dataBytes())
                            + " / " + DataPumpPlanner.number(f.copyMbps()) + " MB/s = " + e.transferSeconds() + " s",
                    Sources.HISOPS);
        }
        add(steps, "cut.step.import", "actor.dba", "impdp system PARFILE=impdp.par", "cut.expect.import", List.of(),
                e.importSeconds(), e.formula().substring(e.formula().lastIndexOf("import")), Sources.UTIL_112_IMPORT);
        long statsSeconds = DataPumpPlanner.seconds(e.dataBytes() + e.indexBytes(), f.statsMbps());
        StringBuilder stats = new StringBuilder();
        for (SchemaVolume s : chosen) {
            stats.append("EXEC DBMS_STATS.GATHER_SCHEMA_STATS(ownname => '").append(s.schema())
                    .append("', estimate_percent => DBMS_STATS.AUTO_SAMPLE_SIZE, cascade => TRUE, degree => ")
                    .append(dataPump.parallel()).append(");\n");
        }
        add(steps, "cut.step.statistics", "actor.dba", stats.toString().strip(), "cut.expect.statistics", List.of(),
                statsSeconds, "(data + indexes) / S = (" + DataPumpPlanner.mb(e.dataBytes()) + " + "
                        + DataPumpPlanner.mb(e.indexBytes()) + ") / " + DataPumpPlanner.number(f.statsMbps()) + " MB/s = "
                        + statsSeconds + " s", Sources.STATS);
        add(steps, "cut.step.invalid", "actor.dba", "@?/rdbms/admin/utlrp.sql\nSELECT owner, object_name, object_type "
                + "FROM dba_objects WHERE status = 'INVALID'" + (chosen.isEmpty() ? "" : " AND owner IN (" + schemaList
                        + ")") + ";", "cut.expect.invalid", List.of(), f.utlrpMinutes() * 60L,
                "site setting " + Figures.UTLRP + " = " + f.utlrpMinutes() + " min", Sources.UPGRADE_3);
        long verifySeconds = DataPumpPlanner.seconds(e.dataBytes(), f.verifyMbps());
        add(steps, "cut.step.verify", "actor.hisops", "HisOps verification: row counts and checksums, source AS OF SCN "
                + source.currentScn() + " against the target", "cut.expect.verify", List.of(), verifySeconds,
                "data / V = " + DataPumpPlanner.mb(e.dataBytes()) + " / " + DataPumpPlanner.number(f.verifyMbps())
                        + " MB/s = " + verifySeconds + " s", Sources.HISOPS);
        add(steps, "cut.step.switch", "actor.interfaces", "", "cut.expect.switch", List.of(), f.switchMinutes() * 60L,
                "site setting " + Figures.SWITCH + " = " + f.switchMinutes() + " min", Sources.HISOPS);
        add(steps, "cut.step.golive", "actor.app", "", "cut.expect.golive", List.of(), 0, "decision", Sources.HISOPS);

        long downtime = steps.stream().mapToLong(RunbookStep::seconds).sum();
        long window = (long) (f.windowHours() * 3600);
        List<GoNoGo> go = new ArrayList<>();
        go.add(new GoNoGo("go.window", List.of(hours(downtime), hours(window)),
                downtime <= window ? GoNoGo.Verdict.GO : GoNoGo.Verdict.NO_GO));
        go.add(new GoNoGo("go.throughput", List.of(DataPumpPlanner.number(f.dataPumpMbps())),
                f.measured() ? GoNoGo.Verdict.GO : GoNoGo.Verdict.CONFIRM));
        go.add(new GoNoGo(source.enterpriseEdition() ? "go.edition.ee" : "go.edition.se",
                List.of(String.valueOf(dataPump.parallel())),
                source.enterpriseEdition() ? GoNoGo.Verdict.GO : GoNoGo.Verdict.CONFIRM));
        go.add(new GoNoGo("go.missing", List.of(String.join(", ", chosen.stream().filter(s -> s.dataBytes() == 0)
                .map(SchemaVolume::schema).toList())),
                chosen.stream().anyMatch(s -> s.dataBytes() == 0) ? GoNoGo.Verdict.NO_GO : GoNoGo.Verdict.GO));
        go.add(new GoNoGo("go.readiness", List.of(), GoNoGo.Verdict.CONFIRM));
        go.add(new GoNoGo("go.undo", List.of(Long.toString(e.exportSeconds() / 60 + 1)), GoNoGo.Verdict.CONFIRM));
        go.add(new GoNoGo(network ? "go.space.network" : "go.space",
                List.of(DataPumpPlanner.mb(e.dataBytes()), request.directory()), GoNoGo.Verdict.CONFIRM));
        go.add(new GoNoGo("go.interfaces", List.of(), GoNoGo.Verdict.CONFIRM));
        go.add(new GoNoGo("go.fallback", List.of(), GoNoGo.Verdict.CONFIRM));
        return new CutoverRunbook(steps, downtime, window, go);
    }

    /** h:mm, minutes rounded up. */
    static String hours(long seconds) {
        long minutes = (seconds + 59) / 60;
        return String.format(java.util.Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
    }

    private static void add(List<RunbookStep> steps, String title, String actor, String command, String expected,
            List<String> args, long seconds, String formula, String source) {
        steps.add(new RunbookStep(steps.size() + 1, title, actor, command, expected, args, seconds, formula, source));
    }
}
