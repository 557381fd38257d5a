package org.hisops.migration.api;

import java.util.List;
import java.util.Objects;

import org.hisops.db.api.Endpoint;

/**
 * What to verify: the source and target endpoints, the table pairs and the options. The endpoints must be known to
 * the {@code EndpointDirectory} for a run to be resumed later (the run keeps their ids, never a password).
 */
public record VerifyRequest(Endpoint source, Endpoint target, List<TablePair> tables, VerifyOptions options) {

    public VerifyRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(options, "options");
        tables = List.copyOf(tables);
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("no table to verify");
        }
    }
}
