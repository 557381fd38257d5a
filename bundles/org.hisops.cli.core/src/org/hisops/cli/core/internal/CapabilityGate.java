package org.hisops.cli.core.internal;

import java.util.Locale;
import java.util.function.Supplier;

import org.hisops.cli.api.CliRefusedException;
import org.hisops.cli.api.ExitCodes;
import org.hisops.platform.api.AuditLog;
import org.hisops.platform.api.AuditOutcome;
import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.CapabilityRefusedException;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.Site;

/**
 * The one place where a command's capability is checked against the site's switches: the refusal is translated,
 * audited once (here, and nowhere else: the registry's {@code require} only answers) and becomes exit 69.
 */
final class CapabilityGate {

    /** The audit action of a command refused because its capability cannot run for the site. */
    static final String AUDIT_ACTION = "cli.refused";

    private final String command;
    private final Supplier<CapabilityRegistry> registry;
    private final Supplier<AuditLog> audit;
    private final Locale locale;

    CapabilityGate(String command, Supplier<CapabilityRegistry> registry, Supplier<AuditLog> audit, Locale locale) {
        this.command = command;
        this.registry = registry;
        this.audit = audit;
        this.locale = locale;
    }

    void require(Site site, String capabilityId) throws CliRefusedException {
        CapabilityRegistry capabilities = registry.get();
        CapabilityRefusedException refusal;
        if (capabilities == null) {
            refusal = new CapabilityRefusedException(CapabilityRefusedException.Reason.NOT_INSTALLED, capabilityId,
                    site.id());
        } else {
            try {
                capabilities.require(site.id(), capabilityId);
                return;
            } catch (CapabilityRefusedException e) {
                refusal = e;
            }
        }
        AuditLog log = audit.get();
        if (log != null) {
            log.append(site.id(), AUDIT_ACTION, capabilityId, AuditOutcome.REFUSED,
                    "hisops-cli " + command + ": " + refusal.reason().name());
        }
        throw new CliRefusedException(BundleTexts.of(CapabilityRefusedException.class).format(locale,
                refusal.reason().key(), capabilityId, site.displayName(locale)), ExitCodes.UNAVAILABLE);
    }
}
