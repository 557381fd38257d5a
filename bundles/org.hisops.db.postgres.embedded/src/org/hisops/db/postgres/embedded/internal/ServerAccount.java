package org.hisops.db.postgres.embedded.internal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The operating-system account the PostgreSQL binaries run as, and how to launch them as that account.
 * <p>
 * {@code initdb} and {@code postgres} refuse to run as root, and CI runs as root. So when this JVM is uid 0 the
 * binaries run as {@code nobody} through {@code setpriv --reuid --regid --clear-groups} (util-linux), and the
 * folders they use are handed to that account; otherwise they run as the current user and nothing is changed.
 *
 * @param uid the account's user id
 * @param gid the account's group id
 * @param switched whether commands are prefixed with {@code setpriv} (the JVM runs as root)
 */
public record ServerAccount(int uid, int gid, boolean switched) {

    private static final String UNPRIVILEGED = "nobody";
    private static volatile ServerAccount current;

    /** The account for this JVM: {@code nobody} when running as root, the current user otherwise. */
    public static ServerAccount current() {
        ServerAccount account = current;
        if (account == null) {
            account = detect();
            current = account;
        }
        return account;
    }

    /** Whether this JVM runs as root. */
    public static boolean jvmIsRoot() {
        try {
            // /proc/self belongs to the process's effective uid; no subprocess and no com.sun API needed.
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static ServerAccount detect() {
        if (!jvmIsRoot()) {
            return new ServerAccount(-1, -1, false);
        }
        return new ServerAccount(idOf("-u"), idOf("-g"), true);
    }

    private static int idOf(String option) {
        try {
            Process id = new ProcessBuilder("id", option, UNPRIVILEGED).redirectErrorStream(true).start();
            String out = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (id.waitFor() != 0) {
                throw new IllegalStateException("running as root, and there is no '" + UNPRIVILEGED
                        + "' account to run PostgreSQL as: " + out);
            }
            return Integer.parseInt(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run 'id " + option + " " + UNPRIVILEGED + "'", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code command} as it must be launched: unchanged, or behind {@code setpriv} when switching accounts. */
    public List<String> command(List<String> command) {
        if (!switched) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + uid, "--regid=" + gid,
                "--clear-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** A process builder for {@code command} with the PG* variables of this JVM removed (they would redirect it). */
    public ProcessBuilder processBuilder(List<String> command, Path workingDirectory, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command(command)).directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("PG"));
        env.put("LC_MESSAGES", "C"); // server messages in English, whatever the desktop's language
        return builder;
    }

    /**
     * Runs {@code command} to completion with its output appended to {@code log}.
     *
     * @return the exit code
     */
    public int run(List<String> command, Path workingDirectory, Path log, Duration timeout) throws IOException {
        Process process = processBuilder(command, workingDirectory, log).start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
                throw new IOException(String.join(" ", command) + " did not finish within " + timeout);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
    }

    /** Hands {@code path} (not following a symlink) to this account; nothing when not switching accounts. */
    public void own(Path path) throws IOException {
        if (switched) {
            Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
            Files.setAttribute(path, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /** Hands {@code root} and everything below it to this account. */
    public void ownTree(Path root) throws IOException {
        if (!switched) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                own(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                own(file);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Lets this account reach {@code dir}: every folder from the file-system root down to {@code dir} that others
     * cannot search gets the search bit for others (not the read bit, so nothing becomes listable). Nothing when
     * not switching accounts. A JUnit {@code @TempDir}, for one, is created 0700.
     */
    public void makeReachable(Path dir) throws IOException {
        if (!switched) {
            return;
        }
        for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(p);
            if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                permissions.add(PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(p, permissions);
            }
        }
    }
}
