package org.hisops.db.api;

import java.io.IOException;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Endpoint passwords, kept only in Equinox secure storage (encrypted), never in any other file or log. */
@ProviderType
public interface CredentialStore {

    /** Stores the password (the caller should clear its array afterwards). */
    void store(String endpointId, char[] password) throws IOException;

    /** A copy of the password; the caller clears it after use. */
    Optional<char[]> password(String endpointId) throws IOException;

    boolean has(String endpointId);

    void delete(String endpointId) throws IOException;
}
