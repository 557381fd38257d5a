package org.hisops.db.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.log.LoggerFactory;

/** Passwords live only in the encrypted secure storage: no file written holds them in clear, in any encoding. */
class SecureCredentialStoreTest {

    private static final String PASSWORD = "Hisops-Test-Pa55word-\u6d4b\u8bd5";

    @TempDir
    Path folder;

    @Test
    void aStoredPasswordIsReadBackAndIsInNoFileInClear() throws Exception {
        SecureCredentialStore store = new SecureCredentialStore(folder);
        store.store("his-primary", PASSWORD.toCharArray());
        BundleContext context = FrameworkUtil.getBundle(SecureCredentialStoreTest.class).getBundleContext();
        EndpointStore endpoints = new EndpointStore(() -> folder, store,
                context.getService(context.getServiceReference(LoggerFactory.class)).getLogger(getClass()));
        endpoints.save(Endpoint.of("his-primary", "demo", "HIS", "HIS", Engine.ORACLE, "10.1.1.5", 1521,
                AddressKind.SERVICE_NAME, "hisdb", "hisops"));

        SecureCredentialStore reopened = new SecureCredentialStore(folder);
        assertArrayEquals(PASSWORD.toCharArray(), reopened.password("his-primary").orElseThrow());
        assertTrue(reopened.has("his-primary"));

        List<byte[]> needles = List.of(PASSWORD.getBytes(StandardCharsets.UTF_8),
                PASSWORD.getBytes(StandardCharsets.UTF_16LE), PASSWORD.getBytes(StandardCharsets.UTF_16BE),
                "Hisops-Test-Pa55word".getBytes(StandardCharsets.US_ASCII));
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                for (byte[] needle : needles) {
                    assertFalse(contains(content, needle), file + " holds the password in clear");
                }
            }
        }
        assertTrue(Files.exists(folder.resolve("secure_storage")), "the secure storage was written");
        assertTrue(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("secure_storage.key")))
                .equals("rw-------"), "the master key is readable by its owner only");
    }

    @Test
    void deletingAnEndpointDeletesItsPassword() throws Exception {
        SecureCredentialStore store = new SecureCredentialStore(folder);
        store.store("lis", "x".toCharArray());
        store.delete("lis");
        assertTrue(store.password("lis").isEmpty());
        assertFalse(store.has("lis"));
    }

    @Test
    void anIdCannotReachAnotherEndpointsNode() throws Exception {
        SecureCredentialStore store = new SecureCredentialStore(folder);
        store.store("a", "secret-a".toCharArray());
        assertTrue(store.password("b/../a").isEmpty());
        assertTrue(store.password("../endpoints/a").isEmpty());
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
