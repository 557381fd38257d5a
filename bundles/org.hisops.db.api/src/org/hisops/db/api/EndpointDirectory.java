package org.hisops.db.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The endpoints of every site. Changes are saved at once. */
@ProviderType
public interface EndpointDirectory {

    /** The endpoints of a site, in the order they were added. */
    List<Endpoint> endpoints(String siteId);

    Optional<Endpoint> find(String endpointId);

    /** Adds or replaces (by id). */
    void save(Endpoint endpoint);

    /** Removes the endpoint and its stored password. */
    void delete(String endpointId);

    /**
     * Calls {@code listener} after every change (on the changing thread; a UI hands it to its own thread). Closing
     * the returned handle unregisters it.
     */
    AutoCloseable addListener(Runnable listener);
}
