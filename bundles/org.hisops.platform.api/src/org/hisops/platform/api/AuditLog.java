package org.hisops.platform.api;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

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
    /** Recorded by the log itself when its check at start finds edited or missing entries (once per finding). */
    String CHECK_FAILED = "audit.verify";

    /** Longest {@code target} kept; longer ones are cut and marked with an ellipsis. */
    int MAX_TARGET = 200;
    /** Longest {@code detail} kept; longer ones are cut and marked with an ellipsis. */
    int MAX_DETAIL = 2000;

    /**
     * Appends an entry; who, when and the role are filled in from {@link AccessControl}. Never throws for a store
     * problem: the entry is then kept in memory and written when the store is back, and the failure is logged.
     * {@code target} and {@code detail} are cut to {@link #MAX_TARGET} and {@link #MAX_DETAIL} characters; neither
     * may hold a password.
     */
    void append(String siteId, String action, String target, AuditOutcome outcome, String detail);

    /**
     * The newest entries first, at most {@code limit}. Entries still waiting in memory for the store come first, with
     * sequence 0.
     */
    List<AuditRecord> latest(int limit);

    /** Checks the hash chain of the whole log. */
    Verification verify();

    /**
     * Writes the whole log as CSV for tools: UTF-8 byte order mark (give a UTF-8 writer), a header row, RFC 4180
     * quoting and CRLF, oldest first, with each entry's chain status; codes (action names, {@code SUCCESS},
     * {@code ok}) rather than translations. Missing entries appear as rows of their own, entries still waiting for
     * the store at the end. A text starting like a spreadsheet formula is prefixed with {@code '}.
     *
     * @throws IOException when the log cannot be read (nothing is written then) or the writer fails
     */
    default void exportCsv(Writer out) throws IOException {
        exportCsv(out, Locale.ROOT);
    }

    /**
     * The same, for people: the header, role, action, outcome and chain status in {@code locale}'s language (the
     * codes for {@link Locale#ROOT}), times in ISO 8601 with the offset.
     */
    void exportCsv(Writer out, Locale locale) throws IOException;

    /** Told after every append; closing the handle unregisters. */
    CapabilityRegistry.Registration addListener(Runnable listener);

    /**
     * The result of checking the chain.
     *
     * @param entries how many entries the store holds
     * @param broken sequences of entries whose content does not match their hash (edited) or whose hash does not
     *        match the link kept by the next entry or by the anchor (replaced); at most {@link #MAX_LISTED}
     * @param missing sequences absent from the store (deleted entries, also the newest ones, which the anchor kept
     *        outside the database remembers); at most {@link #MAX_LISTED}
     * @param anchorLost the record of the newest entry kept outside the database is gone or unreadable while the
     *        store holds entries, so deleting the newest entries could not be noticed
     * @param pending entries kept in memory because the store could not be written; they are written when it is back
     * @param problem why the store could not be read, or {@code null} when the chain was checked
     */
    record Verification(long entries, List<Long> broken, List<Long> missing, boolean anchorLost, long pending,
            StoreException problem) {

        /** The most sequences listed in {@code broken} and in {@code missing}. */
        public static final int MAX_LISTED = 10_000;

        public Verification {
            broken = List.copyOf(broken);
            missing = List.copyOf(missing);
        }

        public Verification(long entries, List<Long> broken, List<Long> missing) {
            this(entries, broken, missing, false, 0, null);
        }

        /** The chain was checked and nothing was edited, replaced or deleted. */
        public boolean intact() {
            return checked() && broken.isEmpty() && missing.isEmpty() && !anchorLost;
        }

        /** The store could be read, so the chain was checked. */
        public boolean checked() {
            return problem == null;
        }
    }
}
