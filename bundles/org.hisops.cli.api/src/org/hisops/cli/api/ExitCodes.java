package org.hisops.cli.api;

/**
 * The exit codes of {@code hisops-cli}, the same for every command so one scheduler rule serves them all
 * (docs/cli.md). A run that ends with findings exits with the highest severity found: a scheduler or a monitoring
 * system alerts on 3 and higher, a report on 2. Codes from 64 follow BSD sysexits, which monitoring tools know.
 */
public final class ExitCodes {

    /** Done; nothing above INFO found. */
    public static final int OK = 0;
    /** Done; the highest finding is a RECOMMEND. */
    public static final int RECOMMEND = 1;
    /** Done; the highest finding is a WARNING. */
    public static final int WARNING = 2;
    /** Done; the highest finding is an ERROR. */
    public static final int ERROR = 3;
    /** Ran, but some work could not be done (an endpoint unreachable, a check failed): the result is incomplete. */
    public static final int INCOMPLETE = 4;
    /** Wrong arguments (sysexits EX_USAGE). */
    public static final int USAGE = 64;
    /** Input that cannot be used: an unknown site, endpoint, run or file (sysexits EX_DATAERR). */
    public static final int DATA = 65;
    /** A service the command needs is missing or switched off, or the data folder is in use (EX_UNAVAILABLE). */
    public static final int UNAVAILABLE = 69;
    /** A defect in HisOps or a vendor's command: the log has the stack trace (sysexits EX_SOFTWARE). */
    public static final int SOFTWARE = 70;
    /**
     * Not permitted: an action that changes a database without the administrator's password or without the typed
     * confirmation it asks for, or with a wrong one (sysexits EX_NOPERM). Since 1.1.
     */
    public static final int NOT_PERMITTED = 77;
    /** Output could not be written (sysexits EX_CANTCREAT). */
    public static final int CANNOT_CREATE = 73;
    /** Stopped by Ctrl-C or the scheduler (128 + SIGINT, as shells report it). */
    public static final int CANCELLED = 130;

    private ExitCodes() {
    }

    /**
     * The code for a run's highest severity given by its name ({@code INFO}, {@code RECOMMEND}, {@code WARNING},
     * {@code ERROR}; {@code null} when nothing was found). Taking the name keeps this API free of the check model.
     */
    public static int forSeverity(String severity) {
        if (severity == null) {
            return OK;
        }
        return switch (severity) {
            case "ERROR" -> ERROR;
            case "WARNING" -> WARNING;
            case "RECOMMEND" -> RECOMMEND;
            case "INFO" -> OK;
            default -> throw new IllegalArgumentException("unknown severity " + severity);
        };
    }
}
