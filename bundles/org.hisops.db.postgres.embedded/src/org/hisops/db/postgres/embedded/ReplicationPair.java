package org.hisops.db.postgres.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

import org.hisops.db.postgres.embedded.internal.ReplicationLink;

/**
 * A primary and one streaming standby on loopback, synchronous or asynchronous, for high-availability tests.
 * <p>
 * The standby is built without {@code pg_basebackup} (the binaries ship only {@code initdb}, {@code pg_ctl} and
 * {@code postgres}): a physical replication slot is created on the primary so it keeps the WAL the standby needs,
 * then {@code pg_backup_start()}, a copy of the data folder, and {@code pg_backup_stop()}, whose label file becomes
 * the copy's {@code backup_label}. The copy gets {@code standby.signal}, {@code primary_conninfo} and
 * {@code primary_slot_name}. In a synchronous pair the primary then names the standby in
 * {@code synchronous_standby_names} (after the copy, so a promoted standby does not wait for a standby of its own).
 * <p>
 * The standby reaches the primary through a loopback relay owned by this object, so {@link #partition()} can cut
 * replication (as a network failure would) and {@link #heal()} restore it. Clients connect to either server
 * directly. Both servers run as described in {@link PostgresServer}, including the account used under root; their
 * folders and logs are {@code <directory>/primary} and {@code <directory>/standby}.
 * <p>
 * A pair outlives the JVM that built it: {@link #close()} leaves both clusters, and {@link Builder#open()} starts
 * them again in a later run (a product that keeps its demo servers between launches). The relay gets a new port in
 * every run, so {@code open()} gives the replication role a new password and rewrites the standby's
 * {@code primary_conninfo} before the standby starts; the slot on the primary has kept the WAL the standby needs.
 */
public final class ReplicationPair implements AutoCloseable {

    /** The standby's {@code application_name}, and the name of its replication slot on the primary. */
    public static final String STANDBY_NAME = "hisops_standby";
    /** The role the standby replicates as. */
    public static final String REPLICATION_USER = "hisops_replication";

    private final PostgresServer primary;
    private final PostgresServer standby;
    private final ReplicationLink link;
    private final boolean synchronous;

    private ReplicationPair(PostgresServer primary, PostgresServer standby, ReplicationLink link, boolean synchronous) {
        this.primary = primary;
        this.standby = standby;
        this.link = link;
        this.synchronous = synchronous;
    }

    /** A builder for a pair whose servers live in {@code directory/primary} and {@code directory/standby}. */
    public static Builder builder(Path directory) {
        return new Builder(directory);
    }

    /**
     * Whether {@code directory} holds a pair that {@link Builder#open()} can start: both clusters, and the standby
     * still a standby ({@code standby.signal}, {@code primary_conninfo}). A build interrupted half-way, or a standby
     * that was promoted, is not one.
     */
    public static boolean exists(Path directory) {
        Path primary = directory.resolve("primary");
        Path standby = directory.resolve("standby");
        if (!Files.isRegularFile(primary.resolve("PG_VERSION")) || !Files.isRegularFile(standby.resolve("PG_VERSION"))
                || !Files.isRegularFile(standby.resolve("standby.signal"))) {
            return false;
        }
        try {
            return Files.readString(standby.resolve("postgresql.auto.conf"), StandardCharsets.UTF_8)
                    .contains("primary_conninfo");
        } catch (IOException e) {
            return false;
        }
    }

    /** The primary (after {@link #promoteStandby()} still the old one, which may be dead). */
    public PostgresServer primary() {
        return primary;
    }

    /** The standby (after {@link #promoteStandby()} the new primary). */
    public PostgresServer standby() {
        return standby;
    }

    /** Whether commits on the primary wait for the standby. */
    public boolean isSynchronous() {
        return synchronous;
    }

    /**
     * Cuts the replication connection: closes it and refuses the standby's reconnection attempts until
     * {@link #heal()}. Clients still reach both servers. In a synchronous pair, commits on the primary then wait.
     */
    public void partition() {
        link.cut();
    }

    /** Lets the standby reconnect; it catches up from the slot's retained WAL. */
    public void heal() {
        link.restore();
    }

    /** Whether replication is cut by {@link #partition()}. */
    public boolean isPartitioned() {
        return link.isCut();
    }

    /** Kills the primary's postmaster with SIGKILL (see {@link PostgresServer#kill()}). */
    public void killPrimary() {
        primary.kill();
    }

    /** Stops the standby (fast shutdown). */
    public void stopStandby() {
        standby.stop();
    }

    /** Starts the standby again; it resumes replication from where it stopped. */
    public void startStandby() {
        standby.start();
    }

    /**
     * Promotes the standby to a primary with {@code pg_promote(true, 60)} and returns when it accepts writes.
     *
     * @throws EmbeddedPostgresException if promotion does not finish within 60 s
     */
    public void promoteStandby() {
        String promoted = standby.queryValue("SELECT pg_promote(true, 60)");
        if (!"t".equals(promoted) && !"true".equals(promoted)) {
            throw new EmbeddedPostgresException("the standby was not promoted within 60 s" + standby.logSection());
        }
    }

    /**
     * After a failover to the standby: brings the former primary back as a standby of the new primary the way a
     * DBA's runbook does it with {@code pg_basebackup} (which the harness lacks), step by step: stop the former
     * primary if it runs, move its folder aside ({@code primary.before-failover}), create the replication slot
     * {@code slot} on the new primary, take a base backup of the new primary into the former primary's folder with
     * {@code standby.signal}, {@code primary_conninfo} (straight to the new primary, {@code application_name} =
     * {@code slot}) and {@code primary_slot_name}, and start it on its old port.
     *
     * @return the re-cloned server (a standby now); the caller closes it
     */
    public PostgresServer recloneFormerPrimary(String slot) {
        if (primary.isRunning()) {
            primary.stop();
        }
        Path folder = primary.dataDirectory();
        Path aside = folder.resolveSibling(folder.getFileName() + ".before-failover");
        try {
            Files.move(folder, aside);
            standby.execute("SELECT pg_create_physical_replication_slot(" + PostgresServer.literal(slot) + ", true)");
            String password = PostgresServer.randomSecret();
            standby.execute("ALTER ROLE " + REPLICATION_USER + " PASSWORD " + PostgresServer.literal(password));
            BaseBackup.take(standby, folder);
            String conninfo = "host=" + PostgresServer.LOOPBACK + " port=" + standby.port() + " user="
                    + REPLICATION_USER + " password=" + password + " application_name=" + slot;
            Files.writeString(folder.resolve("postgresql.auto.conf"), "\n# HisOps: re-cloned from the new primary\n"
                    + "primary_conninfo = " + PostgresServer.literal(conninfo) + "\n"
                    + "primary_slot_name = " + PostgresServer.literal(slot) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            Files.writeString(folder.resolve("standby.signal"), "");
            standby.account().ownTree(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot re-clone the former primary into " + folder, e);
        }
        return PostgresServer.builder(folder.getParent(), folder.getFileName().toString()).binaries(primary.binaries())
                .port(primary.port()).superuserPassword(primary.superuserPassword()).build().start();
    }

    /**
     * Waits until the primary's {@code pg_stat_replication} shows the standby in state {@code streaming} (and, in a
     * synchronous pair, with {@code sync_state = 'sync'}).
     *
     * @throws EmbeddedPostgresException on timeout, with both servers' log tails
     */
    public void waitForStreaming(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String seen = "not listed";
        while (true) {
            try (Connection c = primary.connect("postgres");
                    PreparedStatement s = c.prepareStatement(
                            "SELECT state, sync_state FROM pg_stat_replication WHERE application_name = ?")) {
                s.setString(1, STANDBY_NAME);
                try (ResultSet rows = s.executeQuery()) {
                    if (rows.next()) {
                        String state = rows.getString(1);
                        String syncState = rows.getString(2);
                        seen = state + "/" + syncState;
                        if ("streaming".equals(state) && (!synchronous || "sync".equals(syncState))) {
                            return;
                        }
                    } else {
                        seen = "not listed";
                    }
                }
            } catch (SQLException e) {
                seen = "primary unreachable: " + e.getMessage();
            }
            if (System.nanoTime() > deadline) {
                throw new EmbeddedPostgresException("the standby is not streaming after " + timeout.toSeconds()
                        + " s (" + seen + ")" + primary.logSection() + standby.logSection());
            }
            PostgresServer.pause(200);
        }
    }

    /**
     * Waits until the standby has replayed everything the primary had written when this was called, so that a test
     * can expect "no lag" on a loaded machine without depending on how fast it is.
     *
     * @throws EmbeddedPostgresException on timeout, with both servers' log tails
     */
    public void waitForReplay(Duration timeout) {
        String target = primary.queryValue("SELECT pg_current_wal_lsn()");
        long deadline = System.nanoTime() + timeout.toNanos();
        String seen = "?";
        while (true) {
            try {
                seen = standby.queryValue("SELECT pg_last_wal_replay_lsn()");
                if ("t".equals(standby.queryValue("SELECT pg_last_wal_replay_lsn() >= '" + target + "'::pg_lsn"))) {
                    return;
                }
            } catch (RuntimeException e) {
                seen = "standby unreachable: " + e.getMessage();
            }
            if (System.nanoTime() > deadline) {
                throw new EmbeddedPostgresException("the standby has not replayed " + target + " after "
                        + timeout.toSeconds() + " s (at " + seen + ")" + primary.logSection() + standby.logSection());
            }
            PostgresServer.pause(50);
        }
    }

    /** Stops the standby, the primary and the relay; the folders stay. */
    @Override
    public void close() {
        RuntimeException failure = null;
        // Standby first: a primary shutting down waits for connected WAL senders to send their last WAL.
        for (AutoCloseable part : new AutoCloseable[] { standby, primary, link }) {
            try {
                part.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e instanceof RuntimeException r ? r : new EmbeddedPostgresException("close failed", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String toString() {
        return (synchronous ? "synchronous" : "asynchronous") + " pair: " + primary + " -> " + standby;
    }

    /** Settings of a {@link ReplicationPair}. */
    public static final class Builder {

        private final Path directory;
        private PostgresBinaries binaries;
        private boolean synchronous = true;
        private Duration startTimeout = Duration.ofSeconds(60);
        private String superuserPassword;
        private int primaryPort;
        private int standbyPort;

        private Builder(Path directory) {
            this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
        }

        /** The binaries to run; {@link PostgresBinaries#extract()} when not set. */
        public Builder binaries(PostgresBinaries binaries) {
            this.binaries = binaries;
            return this;
        }

        /** Synchronous (the default: commits wait for the standby's flush) or asynchronous replication. */
        public Builder synchronous(boolean synchronous) {
            this.synchronous = synchronous;
            return this;
        }

        /** How long each server may take to start, and the standby to stream; 60 s by default. */
        public Builder startTimeout(Duration timeout) {
            this.startTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /**
         * The password of {@value PostgresServer#SUPERUSER} on both servers: chosen at random for a new pair when not
         * set; required by {@link #open()}.
         */
        public Builder superuserPassword(String password) {
            this.superuserPassword = password;
            return this;
        }

        /** The TCP ports of the primary and the standby; 0 (the default) picks a free one. */
        public Builder ports(int primary, int standby) {
            if (primary < 0 || primary > 65535 || standby < 0 || standby > 65535) {
                throw new IllegalArgumentException("ports " + primary + ", " + standby);
            }
            this.primaryPort = primary;
            this.standbyPort = standby;
            return this;
        }

        /**
         * Starts a pair built earlier in {@code directory} (see {@link ReplicationPair#exists(Path)}) and returns
         * once the standby streams again. Whether it is synchronous was decided when it was built; the setting of
         * this builder is not used.
         *
         * @throws IllegalStateException without {@link #superuserPassword(String)}
         * @throws EmbeddedPostgresException when the folder holds no complete pair, or a server does not start or
         *             the standby does not stream (the message holds the servers' log tails)
         */
        public ReplicationPair open() {
            if (superuserPassword == null) {
                throw new IllegalStateException("the superuser password of the pair in " + directory + " must be given");
            }
            if (!exists(directory)) {
                throw new EmbeddedPostgresException(directory + " holds no complete replication pair (a primary and a"
                        + " standby with standby.signal and primary_conninfo)");
            }
            PostgresBinaries bin = binaries != null ? binaries : PostgresBinaries.extract();
            PostgresServer primary = PostgresServer.builder(directory, "primary").binaries(bin).port(primaryPort)
                    .superuserPassword(superuserPassword).startTimeout(startTimeout).build().start();
            ReplicationLink link = null;
            try {
                if ("t".equals(primary.queryValue("SELECT pg_is_in_recovery()"))) {
                    throw new EmbeddedPostgresException("the primary in " + primary.dataDirectory()
                            + " is in recovery: it is a standby now, not the pair's primary");
                }
                boolean wasSynchronous = !primary.queryValue("SHOW synchronous_standby_names").isBlank();
                link = new ReplicationLink(primary.port());
                String replicationPassword = PostgresServer.randomSecret();
                // Local commit: a synchronous primary would otherwise wait for the standby that is not there yet.
                primary.execute("SET synchronous_commit = local; ALTER ROLE " + REPLICATION_USER + " PASSWORD "
                        + PostgresServer.literal(replicationPassword));
                Path standbyData = directory.resolve("standby");
                replaceConninfo(standbyData, conninfo(link, replicationPassword));
                return startStandby(bin, primary, link, wasSynchronous);
            } catch (IOException e) {
                closeQuietly(primary, link);
                throw new UncheckedIOException("cannot reconnect the standby in " + directory, e);
            } catch (RuntimeException e) {
                closeQuietly(primary, link);
                throw e;
            }
        }

        private static String conninfo(ReplicationLink link, String replicationPassword) {
            return "host=" + PostgresServer.LOOPBACK + " port=" + link.port() + " user=" + REPLICATION_USER
                    + " password=" + replicationPassword + " application_name=" + STANDBY_NAME;
        }

        /** Drops every {@code primary_conninfo} line of the standby's auto.conf and appends the new one. */
        private static void replaceConninfo(Path standbyData, String conninfo) throws IOException {
            Path autoConf = standbyData.resolve("postgresql.auto.conf");
            StringBuilder kept = new StringBuilder();
            for (String line : Files.readAllLines(autoConf, StandardCharsets.UTF_8)) {
                if (!line.strip().startsWith("primary_conninfo")) {
                    kept.append(line).append('\n');
                }
            }
            kept.append("primary_conninfo = ").append(PostgresServer.literal(conninfo)).append('\n');
            // Rewritten in place rather than replaced, so the file keeps its owner (the server account under root).
            Files.writeString(autoConf, kept, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        }

        /**
         * Creates and starts the primary, builds the standby from a base backup, starts it, and returns once it
         * streams ({@link ReplicationPair#waitForStreaming(Duration)}).
         *
         * @throws EmbeddedPostgresException when the folder holds a cluster already (use {@link #open()}, or delete
         *             the folder), or a server cannot be created or started, or does not stream
         */
        public ReplicationPair build() {
            for (String server : new String[] { "primary", "standby" }) {
                if (Files.exists(directory.resolve(server))) {
                    throw new EmbeddedPostgresException(directory.resolve(server) + " exists already: open() a pair "
                            + "built before, or delete the folder to build a new one");
                }
            }
            PostgresBinaries bin = binaries != null ? binaries : PostgresBinaries.extract();
            PostgresServer primary = PostgresServer.builder(directory, "primary").binaries(bin).port(primaryPort)
                    .superuserPassword(superuserPassword).startTimeout(startTimeout).build().start();
            ReplicationLink link = null;
            try {
                String replicationPassword = PostgresServer.randomSecret();
                primary.execute("CREATE ROLE " + REPLICATION_USER + " WITH REPLICATION LOGIN PASSWORD "
                        + PostgresServer.literal(replicationPassword));
                // Reserve WAL from now on, so nothing the standby needs is recycled before it connects.
                primary.execute("SELECT pg_create_physical_replication_slot('" + STANDBY_NAME + "', true)");
                link = new ReplicationLink(primary.port());

                Path standbyData = directory.resolve("standby");
                BaseBackup.take(primary, standbyData);
                Files.writeString(standbyData.resolve("postgresql.auto.conf"), "\n# HisOps replication pair\n"
                        + "primary_conninfo = " + PostgresServer.literal(conninfo(link, replicationPassword)) + "\n"
                        + "primary_slot_name = '" + STANDBY_NAME + "'\n", StandardCharsets.UTF_8,
                        StandardOpenOption.APPEND);
                Files.writeString(standbyData.resolve("standby.signal"), "");
                primary.account().ownTree(standbyData);

                if (synchronous) {
                    primary.execute("ALTER SYSTEM SET synchronous_standby_names = '\"" + STANDBY_NAME + "\"'");
                    primary.execute("ALTER SYSTEM SET synchronous_commit = on");
                    primary.execute("SELECT pg_reload_conf()");
                }
                return startStandby(bin, primary, link, synchronous);
            } catch (IOException e) {
                closeQuietly(primary, link);
                throw new UncheckedIOException("cannot build the standby in " + directory, e);
            } catch (RuntimeException e) {
                closeQuietly(primary, link);
                throw e;
            }
        }

        /**
         * Starts the standby on its prepared folder and returns the pair once it streams; a standby that does not
         * stream is stopped again (the caller stops the primary and the link).
         */
        private ReplicationPair startStandby(PostgresBinaries bin, PostgresServer primary, ReplicationLink link,
                boolean synchronous) {
            PostgresServer standby = PostgresServer.builder(directory, "standby").binaries(bin).port(standbyPort)
                    .startTimeout(startTimeout).superuserPassword(primary.superuserPassword()).build().start();
            ReplicationPair pair = new ReplicationPair(primary, standby, link, synchronous);
            try {
                pair.waitForStreaming(startTimeout);
                return pair;
            } catch (RuntimeException e) {
                closeQuietly(standby);
                throw e;
            }
        }

        private static void closeQuietly(AutoCloseable... parts) {
            for (AutoCloseable part : parts) {
                if (part != null) {
                    try {
                        part.close();
                    } catch (Exception e) {
                        // the original failure matters more
                    }
                }
            }
        }
    }

    /**
     * A base backup with SQL and a file copy, as pg_basebackup would take it: between {@code pg_backup_start} and
     * {@code pg_backup_stop} on one session, the data folder is copied without the files PostgreSQL's documentation
     * says to leave out ("Making a Base Backup Using the Low Level API").
     */
    private static final class BaseBackup {

        /** Copied as empty folders: their content is rebuilt at start-up or streamed. */
        private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
                "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
        /** Top-level files that belong to the running primary, not to the copy. */
        private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "backup_label",
                "backup_label.old", "tablespace_map", "standby.signal", "recovery.signal", "current_logfiles");

        static void take(PostgresServer primary, Path target) throws IOException {
            Path source = primary.dataDirectory();
            if (Files.exists(target)) {
                throw new IOException(target + " exists already");
            }
            try (Connection session = primary.connect("postgres"); Statement statement = session.createStatement()) {
                statement.execute("SELECT pg_backup_start('hisops', true)"); // fast: an immediate checkpoint
                copy(source, target);
                // wait_for_archive => false: archiving is off; the slot keeps the WAL the standby streams instead.
                try (ResultSet rows = statement.executeQuery(
                        "SELECT labelfile, spcmapfile FROM pg_backup_stop(wait_for_archive => false)")) {
                    rows.next();
                    Files.writeString(target.resolve("backup_label"), rows.getString(1), StandardCharsets.UTF_8);
                    String tablespaceMap = rows.getString(2);
                    if (tablespaceMap != null && !tablespaceMap.isEmpty()) {
                        Files.writeString(target.resolve("tablespace_map"), tablespaceMap, StandardCharsets.UTF_8);
                    }
                }
            } catch (SQLException e) {
                throw new EmbeddedPostgresException("base backup of '" + primary.name() + "' failed: "
                        + e.getMessage() + primary.logSection(), e);
            }
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
        }

        private static void copy(Path source, Path target) throws IOException {
            Files.walkFileTree(source, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Path relative = source.relativize(dir);
                    if (relative.getNameCount() >= 2 && relative.getName(0).toString().equals("pg_replslot")) {
                        return FileVisitResult.SKIP_SUBTREE; // the primary's slots are not the standby's
                    }
                    if (dir.getFileName().toString().startsWith("pgsql_tmp")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Files.copy(dir, target.resolve(relative.toString()), StandardCopyOption.COPY_ATTRIBUTES);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Path relative = source.relativize(file);
                    String top = relative.getName(0).toString();
                    String fileName = file.getFileName().toString();
                    boolean leftOut = relative.getNameCount() == 1
                            ? LEFT_OUT.contains(fileName) || fileName.startsWith(".s.PGSQL.")
                            : EMPTIED.contains(top);
                    if (leftOut || fileName.startsWith("pgsql_tmp") || !(attrs.isRegularFile() || attrs.isSymbolicLink())) {
                        return FileVisitResult.CONTINUE; // sockets and their lock files included
                    }
                    try {
                        Files.copy(file, target.resolve(relative.toString()), StandardCopyOption.COPY_ATTRIBUTES,
                                LinkOption.NOFOLLOW_LINKS);
                    } catch (NoSuchFileException e) {
                        // removed by the running primary while we copied; WAL replay does not need it
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                    if (failure instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw failure;
                }
            });
        }
    }
}
