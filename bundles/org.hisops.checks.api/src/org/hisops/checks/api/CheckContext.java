package org.hisops.checks.api;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.hisops.db.api.DbVersion;
import org.hisops.db.api.Endpoint;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What an evaluator works with: the endpoint, the server's version, and its check's statements run in the
 * read-only session HisOps lent for it (statement timeout, cancellation and the connection limit are the
 * runner's). Valid only during {@link CheckEvaluator#evaluate}.
 */
@ProviderType
public interface CheckContext {

    Endpoint endpoint();

    DbVersion serverVersion();

    /**
     * Runs the statement {@code sqlId} (an SQL resource, chosen for this server's engine and version) and returns
     * its rows. A statement missing for this version makes the check NOT_APPLICABLE.
     */
    List<Row> query(String sqlId, Object... parameters) throws SQLException;

    /** Reads a data file of the catalogue's bundle (UTF-8), e.g. the 11.2 parameter lists. */
    String dataFile(String path);

    /** Ends the check as NOT_APPLICABLE with a translated reason of the catalogue's bundle. */
    NotApplicableException notApplicable(String reasonKey, Object... arguments);

    /** Whether the run was cancelled (a long evaluator should stop). */
    boolean isCancelled();

    /**
     * A setting the caller of the run handed in (inspection: the site's thresholds {@code inspection.threshold.*} and
     * the run's identity); empty when the caller gave none, so an evaluator keeps its default.
     *
     * @since 1.2
     */
    Optional<String> setting(String name);
}
