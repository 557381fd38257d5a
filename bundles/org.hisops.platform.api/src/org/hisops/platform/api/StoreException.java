package org.hisops.platform.api;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The {@link EmbeddedStore} cannot do what was asked. {@link #reason()} says why, with a text in the platform's
 * translations ({@link Reason#key()}, argument {@code {0}} the database file).
 */
public class StoreException extends SQLException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** Another program (another HisOps on the same data folder) has the database open. */
        LOCKED,
        /** The database file cannot be read: damaged, or written by an incompatible version. It is left untouched. */
        DAMAGED,
        /** The database could not be opened for another reason (disk full, no permission, ...). */
        UNAVAILABLE,
        /** The store has been shut down (the product is stopping, or the store's bundle was stopped). */
        CLOSED,
        /** No store is running: its bundle is missing or stopped (said by users of the store, not by the store). */
        ABSENT,
        /** A schema script was changed after it had been applied. */
        SCRIPT_CHANGED,
        /** The schema scripts are misnamed, numbered with a gap, or unreadable. */
        SCRIPT_INVALID,
        /** A schema script failed. */
        SCRIPT_FAILED;

        public String key() {
            return "store.problem." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;
    private final transient Path file;

    /**
     * @param file the database file concerned, or {@code null}
     * @param message what happened, in English, for the log
     */
    public StoreException(Reason reason, Path file, String message, Throwable cause) {
        super(message, "HISOPS", cause);
        this.reason = reason;
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    /** The database file concerned, or {@code null}: the argument {@code {0}} of the reason's text. */
    public Path file() {
        return file;
    }
}
