package org.hisops.checks.api;

import java.util.Objects;

/**
 * That a check's findings can be fixed by statements, and how. The statements themselves come with each
 * {@link Finding} (they name the finding's objects). HisOps shows them; running them is an administrator's action
 * after a typed confirmation, audited through {@code AuditLog}, never automatic.
 *
 * @param descriptionKey translation key saying what the statements do and what to watch
 * @param needsRestart whether the fix takes effect only after an instance restart
 * @param beforeUpgrade whether it must run in the source release (else after the upgrade, in the new one)
 */
public record Fixup(String descriptionKey, boolean needsRestart, boolean beforeUpgrade) {

    public Fixup {
        Objects.requireNonNull(descriptionKey, "descriptionKey");
    }
}
