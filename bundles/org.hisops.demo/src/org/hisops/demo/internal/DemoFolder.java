package org.hisops.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The demo site's folder ({@code <data folder>/demo}): the replication pair in {@code pair/} and
 * {@code demo.properties}, which remembers the ports and whether the last build finished. No password is written
 * here: the superuser's password is in the credential store.
 */
final class DemoFolder {

    static final String PROPERTIES = "demo.properties";

    /** What {@code demo.properties} remembers. */
    record Remembered(boolean ready, int primaryPort, int standbyPort, String dataVersion, Instant builtAt,
            long buildMillis) {
    }

    private final Path path;

    DemoFolder(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    Path path() {
        return path;
    }

    /** Where the primary and the standby live. */
    Path pair() {
        return path.resolve("pair");
    }

    /** Whether anything is in the folder (a build ran here, finished or not). */
    boolean isEmpty() {
        if (!Files.isDirectory(path)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The remembered state, or empty when there is none or it cannot be read (then the folder is rebuilt). */
    Optional<Remembered> remembered() {
        Path file = path.resolve(PROPERTIES);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            String built = p.getProperty("builtAt");
            return Optional.of(new Remembered("ready".equals(p.getProperty("state")),
                    Integer.parseInt(p.getProperty("primaryPort", "0").trim()),
                    Integer.parseInt(p.getProperty("standbyPort", "0").trim()), p.getProperty("dataVersion", ""),
                    built == null ? null : Instant.parse(built),
                    Long.parseLong(p.getProperty("buildMillis", "0").trim())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Remembers a build in progress: its ports, so a rebuild after a crash keeps them. */
    void rememberBuilding(int primaryPort, int standbyPort, String dataVersion) {
        write(false, primaryPort, standbyPort, dataVersion, null, 0);
    }

    /** Remembers a finished build; written last, so a folder without it is known to be incomplete. */
    void rememberReady(int primaryPort, int standbyPort, String dataVersion, Instant builtAt, long buildMillis) {
        write(true, primaryPort, standbyPort, dataVersion, builtAt, buildMillis);
    }

    private void write(boolean ready, int primaryPort, int standbyPort, String dataVersion, Instant builtAt,
            long buildMillis) {
        Properties p = new Properties();
        p.setProperty("state", ready ? "ready" : "building");
        p.setProperty("primaryPort", Integer.toString(primaryPort));
        p.setProperty("standbyPort", Integer.toString(standbyPort));
        p.setProperty("dataVersion", dataVersion);
        if (builtAt != null) {
            p.setProperty("builtAt", builtAt.toString());
            p.setProperty("buildMillis", Long.toString(buildMillis));
        }
        try {
            Files.createDirectories(path);
            Path tmp = Files.createTempFile(path, PROPERTIES, ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "HisOps demo site (the superuser password is in the secure storage, never here)");
            }
            // Atomic, so a crash never leaves a half-written file that claims a finished build.
            Files.move(tmp, path.resolve(PROPERTIES), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path.resolve(PROPERTIES), e);
        }
    }

    /** Deletes everything in the folder (servers must be stopped); the folder itself stays. */
    void wipe() throws IOException {
        if (!Files.isDirectory(path)) {
            Files.createDirectories(path);
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw failure;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                if (!dir.equals(path)) {
                    Files.deleteIfExists(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Stops the postmasters of this folder that an earlier run left running (the product was killed with SIGKILL
     * or crashed, so neither its deactivation nor its exit hook could stop them): a fast shutdown, SIGKILL after
     * 30 s. Without this the kept cluster could not be started (its lock file names a live postmaster), and a
     * rebuild would delete files from under running servers.
     *
     * @return the pids that were stopped
     */
    List<Long> stopServersLeftRunning() {
        List<Long> stopped = new ArrayList<>();
        for (String server : new String[] { "primary", "standby" }) {
            Path data = pair().resolve(server);
            List<String> lines;
            try {
                lines = Files.readAllLines(data.resolve("postmaster.pid"), StandardCharsets.US_ASCII);
            } catch (IOException e) {
                continue; // no lock file: not running
            }
            if (lines.size() < 2) {
                continue;
            }
            long pid;
            try {
                pid = Long.parseLong(lines.get(0).trim());
            } catch (NumberFormatException e) {
                continue;
            }
            // The lock file names its data folder: a pid reused by an unrelated process is left alone.
            Optional<ProcessHandle> postmaster = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> Path.of(lines.get(1).trim()).equals(data))
                    .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
            if (postmaster.isEmpty()) {
                continue;
            }
            try {
                new ProcessBuilder("kill", "-INT", Long.toString(pid)).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(5, TimeUnit.SECONDS);
                postmaster.get().onExit().get(30, TimeUnit.SECONDS);
            } catch (IOException | ExecutionException | TimeoutException e) {
                postmaster.get().descendants().forEach(ProcessHandle::destroyForcibly);
                postmaster.get().destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return stopped;
            }
            stopped.add(pid);
        }
        return stopped;
    }

    /** {@code port} if nothing listens on it on loopback now, else a free one (0 means: choose one). */
    static int freeOr(int port) {
        if (port > 0) {
            try (ServerSocket probe = new ServerSocket()) {
                // As PostgreSQL binds: connections of the last run still in TIME_WAIT do not make the port taken.
                probe.setReuseAddress(true);
                probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                return port;
            } catch (IOException taken) {
                // fall through to a new port
            }
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }
}
