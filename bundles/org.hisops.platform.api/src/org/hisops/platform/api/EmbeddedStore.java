package org.hisops.platform.api;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * The installation's own database: one embedded H2 file in the {@link DataFolder}, shared by the platform's
 * services that keep history (the audit log, Data Guard lag history, inspection runs, assessment baselines).
 * Hospital databases are never reached through it. Provided by the platform.
 * <p>
 * Each owner keeps its tables in its own SQL schema and brings them up to date with {@link #migrate} from numbered
 * scripts it ships in its bundle. The database is opened on first use; when it cannot be opened (another HisOps
 * holds it, the file is damaged) {@link #connection()} throws a {@link StoreException} naming why, the product
 * carries on, and the file is left as it is.
 */
@ProviderType
public interface EmbeddedStore {

    /**
     * Brings an owner's schema up to date. The scripts are the bundle's files {@code <folder>/V<n>__<words>.sql},
     * numbered from 1 without gaps, UTF-8, statements separated by {@code ;} at the end of a line. Each script not yet
     * applied for this owner is run once, in order, in its own transaction, and recorded with its SHA-256 (line
     * endings normalised) in the table {@code HISOPS_SCHEMA_VERSION}. A script whose text changed after it was applied
     * is refused ({@link StoreException.Reason#SCRIPT_CHANGED}), never run again: a change is a new script. Versions
     * recorded beyond the bundle's last script (data written by a newer HisOps) are left alone.
     * <p>
     * Note that H2 commits {@code CREATE}/{@code ALTER} at once, so write DDL with {@code IF NOT EXISTS} where a
     * script might stop halfway.
     *
     * @param owner the owner's name, e.g. {@code audit}; by convention also the name of its SQL schema
     * @return the owner's schema version now in force
     * @throws StoreException when the store cannot be opened, a script is missing, misnamed, changed or fails
     */
    int migrate(String owner, Bundle bundle, String folder) throws StoreException;

    /**
     * A connection from the store's pool, in auto-commit mode; closing it gives it back. Opens the database when it
     * is not open yet.
     *
     * @throws StoreException when the database cannot be opened now ({@link StoreException#reason()} says why)
     */
    Connection connection() throws SQLException;

    /**
     * A connection as {@link #connection()}, after the owner's schema has been brought up to date with
     * {@link #migrate} — once per owner while the store is open, so owners call this on every use instead of keeping
     * their own "migrated" flag, and nothing is migrated at start-up.
     */
    Connection connection(String owner, Bundle bundle, String folder) throws SQLException;

    /** Why the store cannot be used at the moment, if it cannot; empty when it works or has not been opened yet. */
    Optional<StoreException> problem();

    /** The database file ({@code .mv.db}), which may not exist yet. */
    Path file();
}
