package org.hisops.platform.api;

/**
 * Why a capability cannot be run for a site. Thrown by {@link CapabilityRegistry#require}; the command line and
 * any headless caller show {@link #reason()} through the platform's translations ({@link Reason#key()}).
 */
public class CapabilityRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The reasons, each with a translation key in the platform's texts. */
    public enum Reason {
        /** No bundle of this installation provides the capability. */
        NOT_INSTALLED,
        /** It is installed but failed to start. */
        FAILED,
        /** An administrator switched it off for this site. */
        SWITCHED_OFF;

        public String key() {
            return "refused." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Reason reason;
    private final String capabilityId;
    private final String siteId;

    public CapabilityRefusedException(Reason reason, String capabilityId, String siteId) {
        super(capabilityId + " cannot run for site " + siteId + ": " + reason);
        this.reason = reason;
        this.capabilityId = capabilityId;
        this.siteId = siteId;
    }

    public Reason reason() {
        return reason;
    }

    public String capabilityId() {
        return capabilityId;
    }

    public String siteId() {
        return siteId;
    }
}
