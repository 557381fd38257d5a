package org.hisops.migration.plans;

import java.util.List;

/**
 * The physical route: back up the 10.2 database, restore it into the 11.2 home on a host of the same platform, and
 * upgrade it there.
 *
 * @param backupScript RMAN script run against the 10.2 source
 * @param restoreScript RMAN script run in the 11.2 home
 * @param upgradeScript SQL*Plus script of the upgrade (AS SYSDBA in the 11.2 home)
 * @param pfile the 11.2 initialization parameter file edits, as a pfile fragment with comments
 * @param steps the runbook
 * @param afterUpgradeCheckIds the upgrade readiness checks to run after the upgrade (stage AFTER_UPGRADE)
 */
public record RmanPlan(String backupScript, String restoreScript, String upgradeScript, String pfile,
        List<RunbookStep> steps, List<String> afterUpgradeCheckIds) {

    public RmanPlan {
        steps = List.copyOf(steps);
        afterUpgradeCheckIds = List.copyOf(afterUpgradeCheckIds);
    }
}
