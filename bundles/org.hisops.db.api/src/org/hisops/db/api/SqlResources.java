package org.hisops.db.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Every SQL resource of every installed bundle that declares the manifest header {@value #HEADER} (the folder
 * that holds them, normally {@code sql}). A resource file starts with a header of comment lines:
 *
 * <pre>
 * -- id: db.probe.database
 * -- engine: oracle
 * -- versions: [10.2,)
 * SELECT name, open_mode, database_role FROM v$database
 * </pre>
 *
 * One file holds one statement. Two files of one id and engine must not claim overlapping versions.
 */
@ProviderType
public interface SqlResources {

    /** Manifest header naming a bundle's SQL folder. */
    String HEADER = "HisOps-Sql";

    /** The statement for a server, or empty when no resource claims this engine and version. */
    Optional<Sql> find(String id, Engine engine, DbVersion version);

    /** All statements currently installed (for validation and inventories). */
    List<Sql> all();
}
