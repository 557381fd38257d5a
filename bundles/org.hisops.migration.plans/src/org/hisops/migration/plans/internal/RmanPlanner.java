package org.hisops.migration.plans.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.hisops.migration.plans.RmanPlan;
import org.hisops.migration.plans.RunbookStep;
import org.hisops.migration.plans.SchemaVolume;
import org.hisops.migration.plans.SourceProfile;

/**
 * The physical route (same platform): RMAN backup of the 10.2 database with its archived logs, control file and
 * spfile; restore into the 11.2 home; OPEN RESETLOGS UPGRADE, catupgrd.sql, utlu112s.sql, catuppst.sql, utlrp.sql;
 * the readiness catalogue's AFTER_UPGRADE checks. A function of its inputs.
 */
final class RmanPlanner {

    /** A parameter of the readiness catalogue's data file (oracle-11.2-parameters.tsv). */
    record ParameterChange(String kind, String replacement, String source) {
    }

    private RmanPlanner() {
    }

    static RmanPlan plan(SourceProfile source, String backupFolder, Map<String, ParameterChange> changes,
            List<String> afterUpgradeChecks, Figures f) {
        String db = source.databaseName() == null ? "ORCL" : source.databaseName();
        String folder = backupFolder.endsWith("/") ? backupFolder : backupFolder + "/";
        int channels = source.enterpriseEdition() ? Math.max(1, Math.min(4, source.cpuCount())) : 1;
        long bytes = source.schemas().stream()
                .mapToLong(s -> s.tableBytes() + s.lobBytes() + s.indexBytes() + s.otherBytes()).sum();
        String emulated = source.emulated() ? " (figures read from the EMULATED Oracle)" : "";

        StringBuilder backup = new StringBuilder("# RMAN backup of ").append(db).append(" (10.2) for the restore into the 11.2 home")
                .append(emulated).append("\n# rman target /   (on the 10.2 host, as the oracle user)\n");
        if (!source.archivelog()) {
            backup.append("# NOARCHIVELOG: only a consistent (closed) backup can be restored; the database is mounted.\n")
                    .append("SHUTDOWN IMMEDIATE;\nSTARTUP MOUNT;\n");
        }
        backup.append("RUN {\n");
        for (int i = 1; i <= channels; i++) {
            backup.append("  ALLOCATE CHANNEL d").append(i).append(" DEVICE TYPE DISK FORMAT '").append(folder)
                    .append(db).append("_%U';\n");
        }
        backup.append(source.archivelog() ? "  BACKUP AS COMPRESSED BACKUPSET DATABASE PLUS ARCHIVELOG;\n"
                : "  BACKUP AS COMPRESSED BACKUPSET DATABASE;\n");
        backup.append("  BACKUP CURRENT CONTROLFILE FORMAT '").append(folder).append(db).append("_ctl_%U';\n")
                .append("  BACKUP SPFILE FORMAT '").append(folder).append(db).append("_spfile_%U';\n}\n")
                .append("LIST BACKUP SUMMARY;\n");
        if (!source.archivelog()) {
            backup.append("ALTER DATABASE OPEN;\n");
        }

        String restore = "# RMAN restore into the 11.2 home on the new host (same platform: " + source.platform() + ")"
                + emulated + "\n# Copy " + folder + " to the same path on the new host first.\n"
                + "# rman target /   (ORACLE_HOME = the 11.2 home, ORACLE_SID = " + db + ")\n"
                + "STARTUP NOMOUNT PFILE='?/dbs/init" + db + ".ora';\n"
                + "RESTORE CONTROLFILE FROM '" + folder + db + "_ctl_<piece name from LIST BACKUP>';\n"
                + "ALTER DATABASE MOUNT;\n"
                + "CATALOG START WITH '" + folder + "' NOPROMPT;\n"
                + "RUN {\n"
                + "  # SET NEWNAME FOR DATABASE TO '/u01/app/oracle/oradata/" + db + "/%b';  -- when the paths differ\n"
                + "  RESTORE DATABASE;\n"
                + "  # SWITCH DATAFILE ALL;  -- with SET NEWNAME\n"
                + "  RECOVER DATABASE;\n"
                + "}\n"
                + "# RECOVER ends with RMAN-06054 (media recovery requesting unknown archived log): expected, the backup's\n"
                + "# last archived log was applied. Do NOT open here: the 10.2 dictionary must be upgraded first.\n";

        String upgrade = "-- Upgrade of the restored " + db + " in the 11.2 home" + emulated + "\n"
                + "-- sqlplus / as sysdba   (ORACLE_HOME = the 11.2 home)\n"
                + "SPOOL upgrade_" + db + ".log\n"
                + "-- A database restored from a 10.2 backup opens with RESETLOGS in upgrade mode (the restore route's\n"
                + "-- STARTUP UPGRADE).\n"
                + "ALTER DATABASE OPEN RESETLOGS UPGRADE;\n"
                + "-- Temporary files are not in backups: add one if the restored TEMP has none.\n"
                + "-- ALTER TABLESPACE temp ADD TEMPFILE '/u01/app/oracle/oradata/" + db + "/temp01.dbf' SIZE 2G;\n"
                + "@?/rdbms/admin/catupgrd.sql\n"
                + "-- catupgrd.sql shuts the database down when it ends.\n"
                + "STARTUP\n"
                + "@?/rdbms/admin/utlu112s.sql\n"
                + "@?/rdbms/admin/catuppst.sql\n"
                + "@?/rdbms/admin/utlrp.sql\n"
                + "SELECT comp_id, version, status FROM dba_registry ORDER BY comp_id;\n"
                + "SELECT owner, object_type, COUNT(*) FROM dba_objects WHERE status = 'INVALID' GROUP BY owner, object_type;\n"
                + "SPOOL OFF\n";

        StringBuilder pfile = new StringBuilder("# init").append(db).append(".ora for the 11.2 home: the 10.2 parameters")
                .append(" with the edits the upgrade needs").append(emulated).append("\n# Source: ")
                .append(Sources.UPGRADE_A).append(" and the readiness catalogue's oracle-11.2-parameters.tsv\n");
        Map<String, String> parameters = new TreeMap<>(source.setParameters());
        boolean diagnostic = false;
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            String name = e.getKey().toLowerCase(Locale.ROOT);
            ParameterChange change = changes.get(name);
            if (name.equals("compatible")) {
                pfile.append("# Kept at the 10.2 value during the upgrade so that a downgrade stays possible; raise it to\n")
                        .append("# 11.2.0 only after the acceptance (there is no way back after that).\n")
                        .append("compatible='").append(e.getValue()).append("'\n");
            } else if (name.equals("cpu_count") || name.equals("db_name")) {
                pfile.append(name).append("='").append(e.getValue()).append("'\n");
            } else if (change == null) {
                pfile.append(name).append('=').append(value(e.getValue())).append('\n');
            } else {
                pfile.append("# ").append(change.kind()).append(" in 11.2").append(change.replacement().isEmpty() ? ""
                        : ": use " + change.replacement()).append(" (").append(change.source()).append(")\n# ")
                        .append(name).append("='").append(e.getValue()).append("'\n");
                diagnostic |= change.replacement().contains("diagnostic_dest");
            }
        }
        if (diagnostic) {
            pfile.append("diagnostic_dest='/u01/app/oracle'\n");
        }
        if (changes.isEmpty()) {
            pfile.append("# The upgrade readiness catalogue is not installed: obsolete parameters were not checked.\n");
        }

        List<RunbookStep> steps = new ArrayList<>();
        long backupSeconds = DataPumpPlanner.seconds(bytes, f.rmanMbps());
        long copySeconds = DataPumpPlanner.seconds(bytes, f.copyMbps());
        String all = DataPumpPlanner.mb(bytes);
        steps.add(step(steps, "rman.step.readiness", "actor.hisops", "hisops-cli assess / Upgrade readiness",
                "rman.expect.readiness", List.of(), 0, "-", Sources.UPGRADE_3));
        steps.add(step(steps, "rman.step.backup", "actor.dba", "rman target / @rman-backup.rman", "rman.expect.backup",
                List.of(), backupSeconds, "segments / R = " + all + " / " + DataPumpPlanner.number(f.rmanMbps())
                        + " MB/s = " + backupSeconds + " s", Sources.BACKUP_102));
        steps.add(step(steps, "rman.step.copy", "actor.sysadmin", "scp -r " + folder + " newhost:" + folder,
                "rman.expect.copy", List.of(), copySeconds, "segments / C = " + all + " / "
                        + DataPumpPlanner.number(f.copyMbps()) + " MB/s = " + copySeconds + " s", Sources.HISOPS));
        steps.add(step(steps, "rman.step.pfile", "actor.dba", "init" + db + ".ora (init-11.2-edits.ora)",
                "rman.expect.pfile", List.of(), 300, "fixed: 5 min", Sources.UPGRADE_A));
        steps.add(step(steps, "rman.step.restore", "actor.dba", "rman target / @rman-restore.rman", "rman.expect.restore",
                List.of(), backupSeconds, "segments / R = " + all + " / " + DataPumpPlanner.number(f.rmanMbps())
                        + " MB/s = " + backupSeconds + " s", Sources.BACKUP_112));
        steps.add(step(steps, "rman.step.catupgrd", "actor.dba",
                "ALTER DATABASE OPEN RESETLOGS UPGRADE; @?/rdbms/admin/catupgrd.sql", "rman.expect.catupgrd", List.of(),
                f.upgradeMinutes() * 60L, "site setting " + Figures.UPGRADE + " = " + f.upgradeMinutes() + " min",
                Sources.UPGRADE_3));
        steps.add(step(steps, "rman.step.utlu112s", "actor.dba", "STARTUP; @?/rdbms/admin/utlu112s.sql",
                "rman.expect.utlu112s", List.of(), 300, "fixed: 5 min", Sources.UPGRADE_3));
        steps.add(step(steps, "rman.step.catuppst", "actor.dba", "@?/rdbms/admin/catuppst.sql", "rman.expect.catuppst",
                List.of(), 300, "fixed: 5 min", Sources.UPGRADE_3));
        steps.add(step(steps, "rman.step.utlrp", "actor.dba", "@?/rdbms/admin/utlrp.sql", "rman.expect.utlrp",
                List.of(), f.utlrpMinutes() * 60L, "site setting " + Figures.UTLRP + " = " + f.utlrpMinutes() + " min",
                Sources.UPGRADE_3));
        steps.add(step(steps, "rman.step.after", "actor.hisops", String.join(", ", afterUpgradeChecks),
                "rman.expect.after", List.of(String.valueOf(afterUpgradeChecks.size())), 300, "fixed: 5 min",
                Sources.UPGRADE_4));
        steps.add(step(steps, "rman.step.compatible", "actor.dba", "ALTER SYSTEM SET COMPATIBLE = '11.2.0' SCOPE = SPFILE;",
                "rman.expect.compatible", List.of(), 0, "after the acceptance, outside the window", Sources.UPGRADE_4));
        return new RmanPlan(backup.toString(), restore, upgrade, pfile.toString(), steps, afterUpgradeChecks);
    }

    /**
     * A pfile value: V$PARAMETER shows a list (control_files) as "a, b", which a pfile writes as 'a', 'b'; a value
     * with a quote of its own is written as Oracle shows it in V$PARAMETER.
     */
    static String value(String shown) {
        if (shown == null) {
            return "''";
        }
        if (shown.startsWith("/") && shown.contains(", /")) {
            return String.join(", ", java.util.Arrays.stream(shown.split(",\\s*")).map(v -> "'" + v + "'").toList());
        }
        return "'" + shown + "'";
    }

    static long totalBytes(List<SchemaVolume> schemas) {
        return schemas.stream().mapToLong(s -> s.tableBytes() + s.lobBytes() + s.indexBytes() + s.otherBytes()).sum();
    }

    private static RunbookStep step(List<RunbookStep> steps, String title, String actor, String command, String expected,
            List<String> args, long seconds, String formula, String source) {
        return new RunbookStep(steps.size() + 1, title, actor, command, expected, args, seconds, formula, source);
    }
}
