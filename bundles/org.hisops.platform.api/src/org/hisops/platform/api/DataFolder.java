package org.hisops.platform.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where HisOps keeps the files of this installation's data (site list, endpoints, the embedded store): the
 * {@code .hisops} folder of the instance area ({@code -data}), or the platform bundle's data area when no instance
 * area is set (headless tests). Provided by the platform; never holds a password.
 */
@ProviderType
public interface DataFolder {

    /** The folder; it exists. */
    Path path();

    /** A properties file of the folder, empty when there is none; a damaged file is an IOException. */
    default Properties load(String fileName) throws IOException {
        Properties properties = new Properties();
        Path file = path().resolve(fileName);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IllegalArgumentException e) {
                throw new IOException(file + " is damaged: " + e.getMessage(), e);
            }
        }
        return properties;
    }

    /** Replaces a properties file atomically, so that a crash mid-write never leaves a half-written file. */
    default void store(String fileName, Properties properties, String comment) throws IOException {
        Path file = path().resolve(fileName);
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), fileName, ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                properties.store(out, comment);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
