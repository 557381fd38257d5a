package org.hisops.platform.api;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only record of administrative and database-changing actions, kept in the installation's embedded
 * store. Every entry is chained to the previous one by a hash, so an entry edited or deleted in the store is found
 * by {@link #verify()}. Provided by the platform.
 */
@ProviderType
public interface AuditLog {

    String SWITCH_CHANGED = "capability.switch";
    String BUNDLE_INSTALLED = "bundle.install";
    String BUNDLE_UPDATED = "bundle.update";
    String BUNDLE_REFUSED = "bundle.refuse";
    String BUNDLE_REMOVED = "bundle.uninstall";
    String VENDOR_TRUSTED = "vendor.trust";
    String VENDOR_UNTRUSTED = "vendor.untrust";
    String UNSIGNED_ALLOWED = "vendor.unsigned";
    String SIGN_IN = "role.signin";
    String SIGN_OUT = "role.signout";
    String PASSWORD_SET = "role.password";
    String ACCESS_DENIED = "role.denied";
    String SITE_CREATED = "site.create";
    String SITE_RENAMED = "site.rename";
    String SITE_DELETED = "site.delete";
    String SITE_SWITCHED = "site.switch";
    String SITE_SETTING = "site.setting";

    /**
     * Appends an entry; who, when and the role are filled in from {@link AccessControl}. Never throws for a store
     * problem: the entry is then kept in memory and written when the store is back, and the failure is logged.
     */
    void append(String siteId, String action, String target, AuditOutcome outcome, String detail);

    /** The newest entries first, at most {@code limit}. */
    List<AuditRecord> latest(int limit);

    /** Checks the hash chain of the whole log. */
    Verification verify();

    /** Writes the whole log as CSV (UTF-8 with a header row), oldest first, with each entry's chain status. */
    void exportCsv(Writer out) throws IOException;

    /** Told after every append; closing the handle unregisters. */
    CapabilityRegistry.Registration addListener(Runnable listener);

    /**
     * The result of checking the chain.
     *
     * @param entries how many entries the store holds
     * @param broken sequences of entries whose content or link does not match (edited, or after a deleted one)
     * @param missing sequences absent from the store (deleted entries)
     */
    record Verification(long entries, List<Long> broken, List<Long> missing) {
        public boolean intact() {
            return broken.isEmpty() && missing.isEmpty();
        }
    }
}
