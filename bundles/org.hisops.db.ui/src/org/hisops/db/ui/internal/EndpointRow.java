package org.hisops.db.ui.internal;

import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.ProbeResult;

/**
 * One line of the endpoints table: the endpoint and what its last test found.
 *
 * @param endpoint the endpoint as stored
 * @param testing whether a test is running now
 * @param result what the last successful test found, or {@code null}
 * @param failure why the last test failed, or {@code null}
 */
record EndpointRow(Endpoint endpoint, boolean testing, ProbeResult result, DatabaseException failure) {

    static EndpointRow untested(Endpoint endpoint) {
        return new EndpointRow(endpoint, false, null, null);
    }

    EndpointRow started() {
        return new EndpointRow(endpoint, true, result, failure);
    }

    EndpointRow succeeded(ProbeResult r) {
        return new EndpointRow(endpoint, false, r, null);
    }

    EndpointRow failed(DatabaseException e) {
        return new EndpointRow(endpoint, false, null, e);
    }
}
