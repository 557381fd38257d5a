package org.hisops.platform.api;

import java.time.Instant;

/**
 * An action needs the administrator role, or signing in as administrator failed. {@link #reason()} names why, with a
 * translation key in the platform's texts; callers show it with {@link #remainingAttempts()} or {@link #lockedUntil()}.
 */
public class AccessDeniedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The reasons, each with a translation key in the platform's texts. */
    public enum Reason {
        /** The action needs the administrator role and the user is an operator. */
        NOT_ADMINISTRATOR,
        /** No administrator password has been set yet (first start). */
        NO_PASSWORD_SET,
        /** The password given was wrong; {@link AccessDeniedException#remainingAttempts()} before the lock-out. */
        WRONG_PASSWORD,
        /** Too many wrong passwords; signing in is refused until {@link AccessDeniedException#lockedUntil()}. */
        LOCKED_OUT,
        /** A new password does not meet the rules (length). */
        WEAK_PASSWORD;

        public String key() {
            return "denied." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Reason reason;
    private final String action;
    private final int remainingAttempts;
    private final Instant lockedUntil;

    public AccessDeniedException(Reason reason, String action) {
        this(reason, action, -1, null);
    }

    public AccessDeniedException(Reason reason, String action, int remainingAttempts, Instant lockedUntil) {
        super(reason + (action == null ? "" : " (" + action + ")"));
        this.reason = reason;
        this.action = action;
        this.remainingAttempts = remainingAttempts;
        this.lockedUntil = lockedUntil;
    }

    public Reason reason() {
        return reason;
    }

    /** The audit action that was refused, or {@code null} when signing in failed. */
    public String action() {
        return action;
    }

    /** Attempts left before the lock-out, or -1 when not applicable. */
    public int remainingAttempts() {
        return remainingAttempts;
    }

    /** End of the lock-out, or {@code null}. */
    public Instant lockedUntil() {
        return lockedUntil;
    }

    /** What to tell the user, with what to do, in their language. */
    public String message(java.util.Locale locale) {
        Object arg = switch (reason) {
            case WRONG_PASSWORD -> Math.max(remainingAttempts, 0);
            case LOCKED_OUT -> lockedUntil == null ? "?" : java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss", locale)
                    .withZone(java.time.ZoneId.systemDefault()).format(lockedUntil);
            default -> "";
        };
        return BundleTexts.of(AccessDeniedException.class).format(locale, reason.key(), arg);
    }
}
