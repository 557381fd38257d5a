package org.hisops.db.core.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.hisops.db.api.CredentialStore;
import org.hisops.platform.api.DataFolder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Endpoint passwords in Equinox secure storage ({@code secure_storage} in the data folder), encrypted with a random
 * master key of this installation ({@code secure_storage.key}, readable only by the user who runs HisOps). The key
 * is given to the storage directly, so no password prompt and no desktop keyring is needed, and the same code
 * runs headless. Passwords never reach any other file, log or exception text.
 */
@Component(service = CredentialStore.class)
public class SecureCredentialStore implements CredentialStore {

    private static final String NODE = "org.hisops/endpoints";
    private static final String KEY = "password";

    private final ISecurePreferences root;

    @Activate
    public SecureCredentialStore(@Reference DataFolder folder) throws IOException {
        this(folder.path());
    }

    SecureCredentialStore(Path folder) throws IOException {
        Path storage = folder.resolve("secure_storage");
        Map<String, Object> options = new HashMap<>();
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(masterKey(folder.resolve("secure_storage.key"))));
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        root = SecurePreferencesFactory.open(storage.toUri().toURL(), options);
        if (root == null) {
            throw new IOException("the secure storage at " + storage + " cannot be opened");
        }
    }

    /** The installation's master key, created on first use with owner-only permissions. */
    private static char[] masterKey(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String key = Base64.getEncoder().encodeToString(random);
            Files.createDirectories(file.getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file); // Windows: the user profile's ACLs protect it
            }
            Files.writeString(file, key, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        }
        return Files.readString(file, StandardCharsets.US_ASCII).trim().toCharArray();
    }

    @Override
    public synchronized void store(String endpointId, char[] password) throws IOException {
        try {
            node(endpointId).put(KEY, new String(password), true);
            root.flush();
        } catch (StorageException e) {
            throw new IOException("the secure storage refused the password of endpoint " + endpointId, e);
        }
    }

    @Override
    public synchronized Optional<char[]> password(String endpointId) throws IOException {
        if (!root.nodeExists(path(endpointId))) {
            return Optional.empty();
        }
        try {
            String value = node(endpointId).get(KEY, null);
            return value == null ? Optional.empty() : Optional.of(value.toCharArray());
        } catch (StorageException e) {
            throw new IOException("the secure storage cannot decrypt the password of endpoint " + endpointId
                    + " (was secure_storage.key replaced?)", e);
        }
    }

    @Override
    public synchronized boolean has(String endpointId) {
        return root.nodeExists(path(endpointId));
    }

    @Override
    public synchronized void delete(String endpointId) throws IOException {
        if (root.nodeExists(path(endpointId))) {
            node(endpointId).removeNode();
            root.flush();
        }
    }

    private ISecurePreferences node(String endpointId) {
        return root.node(path(endpointId));
    }

    /** Endpoint ids are encoded so that no id can reach another node of the storage. */
    private static String path(String endpointId) {
        return NODE + "/" + org.eclipse.equinox.security.storage.EncodingUtils.encodeSlashes(endpointId);
    }
}
