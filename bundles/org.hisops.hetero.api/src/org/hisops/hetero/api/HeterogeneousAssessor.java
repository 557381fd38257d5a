package org.hisops.hetero.api;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.Endpoint;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Assesses an Oracle endpoint for PostgreSQL or KingbaseES: reads the inventory per schema in one read-only session
 * (statement timeouts, cancellation, the endpoint's connection limit are the broker's), applies the documented rules
 * and the site's effort table. Blocks the caller: never call it on the UI thread.
 */
@ProviderType
public interface HeterogeneousAssessor {

    /**
     * @param schemas the schemas to read; empty for every schema that is not Oracle's own
     * @throws DatabaseException when the source cannot be read (classified)
     * @throws IllegalArgumentException when the endpoint is not Oracle
     */
    HeteroAssessment assess(Endpoint endpoint, TargetFlavour flavour, Set<String> schemas, HeteroProgress progress,
            Cancellation cancellation) throws DatabaseException;

    /** The documented rules, in the order of docs/heterogeneous.md. */
    List<ConversionRule> rules();

    /** The effort table of a site (the shipped one with the site's settings over it). */
    EffortTable effort(String siteId);

    /** A text of the rules' bundle (rule titles and reasons, kinds, conversions, flavours). */
    String text(Locale locale, String key, Object... arguments);
}
