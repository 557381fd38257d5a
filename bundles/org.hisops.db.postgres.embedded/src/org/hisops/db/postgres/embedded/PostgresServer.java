package org.hisops.db.postgres.embedded;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.hisops.db.postgres.embedded.internal.LeftoverServers;
import org.hisops.db.postgres.embedded.internal.ServerAccount;
import org.postgresql.Driver;

/**
 * A real PostgreSQL server on loopback, with a cluster of its own, for tests and the demo site.
 * <p>
 * {@link #builder(Path, String)} names a folder and a server name: the cluster lives in
 * {@code <folder>/<name>} and the server log goes to {@code <folder>/<name>.log}, never to this JVM's output.
 * {@link Builder#build()} creates the cluster with {@code initdb} if that folder holds none (UTF-8, locale C,
 * superuser {@value #SUPERUSER} with a password, SCRAM on TCP) and keeps an existing one otherwise;
 * {@link #start()} runs it on {@code 127.0.0.1} only. The cluster is set up small (16 MB shared buffers, 60
 * connections) and ready to be a replication primary ({@code wal_level=replica}, WAL senders and slots,
 * {@code wal_keep_size}, {@code hot_standby}, {@code wal_log_hints}).
 * <p>
 * <b>Running as root.</b> {@code initdb} and {@code postgres} refuse to run as root, and CI runs as root. When
 * this JVM runs as uid 0, every PostgreSQL program is started through
 * {@code setpriv --reuid=<uid> --regid=<gid> --clear-groups --} as the {@code nobody} account (its ids come from
 * {@code id -u nobody} and {@code id -g nobody}); the data folder is owned by that account with mode 0700, and
 * every folder above the data folder and the binaries that others cannot search gets the search bit (not the read
 * bit) so {@code nobody} can reach them. When not root, the programs run as the current user and no permission
 * is changed.
 * <p>
 * Every server is {@link AutoCloseable}; servers still running when the JVM ends are killed by a shutdown hook.
 * Methods are thread-safe.
 */
public final class PostgresServer implements AutoCloseable {

    /** The superuser {@code initdb} creates. */
    public static final String SUPERUSER = "postgres";
    /** The only address the server listens on. */
    public static final String LOOPBACK = "127.0.0.1";

    private static final Duration INITDB_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);
    // sun_path holds 108 bytes, and PostgreSQL appends "/.s.PGSQL.<port>" to the folder.
    private static final int SOCKET_FOLDER_LIMIT = 90;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Driver DRIVER = new Driver();

    /** Cluster-wide settings written to postgresql.conf once; a standby copied from this cluster inherits them. */
    private static final String CLUSTER_SETTINGS = """

            # HisOps embedded harness: small, and ready to be a streaming-replication primary or standby.
            shared_buffers = '16MB'
            max_connections = 60
            wal_level = replica
            max_wal_senders = 8
            max_replication_slots = 8
            wal_keep_size = '128MB'
            hot_standby = on
            wal_log_hints = on
            synchronous_commit = on
            # A standby retries a lost primary after 1 s rather than 5 s.
            wal_retrieve_retry_interval = '1s'
            """;

    private final String name;
    private final Path directory;
    private final Path dataDirectory;
    private final Path logFile;
    private final PostgresBinaries binaries;
    private final ServerAccount account;
    private final String password;
    private final int port;
    private final Map<String, String> settings;
    private final Duration startTimeout;
    private Process postmaster; // guarded by this

    private PostgresServer(Builder b, PostgresBinaries binaries, ServerAccount account, String password, int port) {
        this.name = b.name;
        this.directory = b.directory;
        this.dataDirectory = b.directory.resolve(b.name);
        this.logFile = b.directory.resolve(b.name + ".log");
        this.binaries = binaries;
        this.account = account;
        this.password = password;
        this.port = port;
        this.settings = Map.copyOf(b.settings);
        this.startTimeout = b.startTimeout;
    }

    /**
     * A builder for the server named {@code name} whose cluster lives in {@code directory/name}.
     *
     * @param directory the folder holding the cluster folder and the log; created if missing
     * @param name letters, digits, {@code _ . -}; also the log's name and PostgreSQL's {@code cluster_name}
     */
    public static Builder builder(Path directory, String name) {
        return new Builder(directory, name);
    }

    /** Starts the server unless it runs, and waits until it accepts connections. */
    public synchronized PostgresServer start() {
        if (isRunning()) {
            return this;
        }
        List<String> command = new ArrayList<>(List.of(binaries.tool("postgres").toString(),
                "-D", dataDirectory.toString(), "-p", Integer.toString(port),
                "-c", "listen_addresses=" + LOOPBACK,
                "-c", "unix_socket_directories=" + socketFolder(),
                "-c", "cluster_name=" + name));
        // Per-instance settings go on the command line, so a standby copied from this cluster does not inherit them.
        settings.forEach((key, value) -> command.addAll(List.of("-c", key + "=" + value)));
        try {
            postmaster = account.processBuilder(command, directory, logFile).start();
        } catch (IOException e) {
            throw new EmbeddedPostgresException("cannot start " + binaries.tool("postgres"), e);
        }
        LeftoverServers.remember(postmaster);
        try {
            awaitReady();
        } catch (RuntimeException e) {
            kill();
            throw e;
        }
        return this;
    }

    /** Stops the server with a fast shutdown (sessions are ended, the cluster is left clean); kills it if that fails. */
    public synchronized void stop() {
        if (postmaster == null) {
            return;
        }
        if (postmaster.isAlive()) {
            try {
                account.run(List.of(binaries.tool("pg_ctl").toString(), "stop", "-D", dataDirectory.toString(),
                        "-m", "fast", "-w", "-t", Long.toString(STOP_TIMEOUT.toSeconds())), directory, logFile,
                        STOP_TIMEOUT.plusSeconds(10));
            } catch (IOException e) {
                // the kill below ends it
            }
            if (!awaitExit(postmaster.toHandle(), STOP_TIMEOUT)) {
                kill();
                return;
            }
        }
        LeftoverServers.forget(postmaster);
        postmaster = null;
    }

    /**
     * Kills the postmaster with SIGKILL, as a crash or {@code kill -9} would, and waits until its backends, which
     * notice their postmaster is gone, have exited (they hold the shared memory a restart needs). The cluster then
     * needs crash recovery, which {@link #start()} performs.
     */
    public synchronized void kill() {
        if (postmaster == null) {
            return;
        }
        long pid = postmasterPid().orElse(postmaster.pid());
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        List<ProcessHandle> backends = handle.map(h -> h.children().toList()).orElse(List.of());
        handle.ifPresent(ProcessHandle::destroyForcibly);
        postmaster.destroyForcibly(); // the same process, unless postmaster.pid was stale
        awaitExit(postmaster.toHandle(), Duration.ofSeconds(30));
        for (ProcessHandle backend : backends) {
            if (!awaitExit(backend, Duration.ofSeconds(30))) {
                backend.destroyForcibly();
                awaitExit(backend, Duration.ofSeconds(10));
            }
        }
        LeftoverServers.forget(postmaster);
        postmaster = null;
    }

    /** Stops the server if it runs, then starts it on the same port. */
    public synchronized void restart() {
        stop();
        start();
    }

    /** Whether the postmaster this object started is alive. */
    public synchronized boolean isRunning() {
        return postmaster != null && postmaster.isAlive();
    }

    /** The TCP port on {@value #LOOPBACK}, fixed for the life of this object. */
    public int port() {
        return port;
    }

    /** The JDBC URL of {@code database} on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + LOOPBACK + ":" + port + "/" + database;
    }

    /** The server's name, as given to the builder. */
    public String name() {
        return name;
    }

    /** The cluster folder ({@code PGDATA}). */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The server log, next to the cluster folder. */
    public Path logFile() {
        return logFile;
    }

    /** The password of {@value #SUPERUSER}. */
    public String superuserPassword() {
        return password;
    }

    /** The binaries this server runs. */
    public PostgresBinaries binaries() {
        return binaries;
    }

    /** A new connection to {@code database} as {@value #SUPERUSER}; the caller closes it. */
    public Connection connect(String database) throws SQLException {
        return connect(database, SUPERUSER, password);
    }

    /** A new connection to {@code database} as {@code user} over TCP (password authentication). */
    public Connection connect(String database, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        // The driver itself, not DriverManager: inside OSGi DriverManager does not see other bundles' drivers.
        Connection connection = DRIVER.connect(jdbcUrl(database), properties);
        if (connection == null) {
            throw new SQLException("the PostgreSQL driver did not accept " + jdbcUrl(database));
        }
        return connection;
    }

    /** Runs {@code sql} (one or more statements, autocommit) as {@value #SUPERUSER} in database {@code postgres}. */
    public void execute(String sql) {
        execute("postgres", sql);
    }

    /** Runs {@code sql} (one or more statements, autocommit) as {@value #SUPERUSER} in {@code database}. */
    public void execute(String database, String sql) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new EmbeddedPostgresException("'" + name + "' failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    /** The first column of the first row of {@code query} in database {@code postgres} as text, or null. */
    public String queryValue(String query) {
        return queryValue("postgres", query);
    }

    /** The first column of the first row of {@code query} in {@code database} as text, or null. */
    public String queryValue(String database, String query) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new EmbeddedPostgresException("'" + name + "' failed: " + query + ": " + e.getMessage(), e);
        }
    }

    /** Creates database {@code database} owned by {@value #SUPERUSER}. */
    public void createDatabase(String database) {
        execute("CREATE DATABASE " + identifier(database));
    }

    /** Creates database {@code database} owned by {@code owner}. */
    public void createDatabase(String database, String owner) {
        execute("CREATE DATABASE " + identifier(database) + " OWNER " + identifier(owner));
    }

    /** Creates a login role {@code user} with {@code password} (stored as SCRAM). */
    public void createUser(String user, String password) {
        execute("CREATE ROLE " + identifier(user) + " LOGIN PASSWORD " + literal(password));
    }

    /** The last {@code lines} lines of the server log (initdb's output included). */
    public String logTail(int lines) {
        return tail(logFile, lines);
    }

    /** Stops the server (see {@link #stop()}); the cluster folder stays. */
    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "PostgreSQL '" + name + "' on " + LOOPBACK + ":" + port + " (" + dataDirectory + ")";
    }

    ServerAccount account() {
        return account;
    }

    Path directory() {
        return directory;
    }

    Duration startTimeout() {
        return startTimeout;
    }

    /** The postmaster's pid: the first line of {@code postmaster.pid}. */
    private Optional<Long> postmasterPid() {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.US_ASCII);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String socketFolder() {
        String folder = dataDirectory.toString();
        // A folder the socket path cannot hold, or that the list syntax would split: TCP only.
        if (folder.length() > SOCKET_FOLDER_LIMIT || folder.contains(",") || folder.contains(" ")
                || folder.contains("\"")) {
            return "";
        }
        return folder;
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + startTimeout.toNanos();
        SQLException last = null;
        while (true) {
            if (!postmaster.isAlive()) {
                throw new EmbeddedPostgresException("PostgreSQL '" + name + "' exited with code "
                        + postmaster.exitValue() + " while starting" + logSection());
            }
            try (Connection connection = connect("postgres")) {
                return;
            } catch (SQLException e) {
                last = e;
                if (e.getSQLState() != null && e.getSQLState().startsWith("28")) {
                    // It runs but refuses our password: waiting will not help.
                    throw new EmbeddedPostgresException("PostgreSQL '" + name + "' refuses the superuser password: "
                            + e.getMessage() + logSection(), e);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new EmbeddedPostgresException("PostgreSQL '" + name + "' did not accept connections within "
                        + startTimeout.toSeconds() + " s: " + last.getMessage() + logSection(), last);
            }
            pause(100);
        }
    }

    String logSection() {
        return "\n--- " + logFile + " (last 40 lines) ---\n" + logTail(40);
    }

    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedPostgresException("interrupted", e);
        }
    }

    static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    static String randomSecret() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String tail(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "(no log)";
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            long from = Math.max(0, length - 64 * 1024); // enough for 40 lines, whatever the log's size
            byte[] bytes = new byte[(int) (length - from)];
            in.seek(from);
            in.readFully(bytes);
            String[] all = new String(bytes, StandardCharsets.UTF_8).split("\n");
            int start = Math.max(0, all.length - lines);
            return String.join("\n", java.util.Arrays.asList(all).subList(start, all.length));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    /** Settings of a {@link PostgresServer} before its cluster exists. */
    public static final class Builder {

        private final Path directory;
        private final String name;
        private PostgresBinaries binaries;
        private int port;
        private String password;
        private final Map<String, String> settings = new LinkedHashMap<>();
        private Duration startTimeout = DEFAULT_START_TIMEOUT;

        private Builder(Path directory, String name) {
            this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
            if (!NAME.matcher(Objects.requireNonNull(name, "name")).matches()) {
                throw new IllegalArgumentException("server name must be letters, digits, _ . -: " + name);
            }
            this.name = name;
        }

        /** The binaries to run; {@link PostgresBinaries#extract()} when not set. */
        public Builder binaries(PostgresBinaries binaries) {
            this.binaries = binaries;
            return this;
        }

        /** The TCP port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The password of {@value PostgresServer#SUPERUSER}: given to {@code initdb} for a new cluster, required for
         * an existing one. A random one is made for a new cluster when not set.
         */
        public Builder superuserPassword(String password) {
            this.password = password;
            return this;
        }

        /** A server setting for this instance, passed as {@code -c name=value} at every start. */
        public Builder setting(String setting, String value) {
            settings.put(Objects.requireNonNull(setting), Objects.requireNonNull(value));
            return this;
        }

        /** How long {@link PostgresServer#start()} waits for connections; 60 s by default. */
        public Builder startTimeout(Duration timeout) {
            this.startTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /**
         * Creates the cluster with {@code initdb} unless {@code directory/name} already holds one, and returns the
         * server, not started.
         *
         * @throws EmbeddedPostgresException when {@code initdb} fails (the message holds its output)
         * @throws IllegalStateException for an existing cluster without {@link #superuserPassword(String)}
         */
        public PostgresServer build() {
            PostgresBinaries bin = binaries != null ? binaries : PostgresBinaries.extract();
            ServerAccount account = ServerAccount.current();
            Path data = directory.resolve(name);
            String secret = password;
            try {
                Files.createDirectories(directory);
                account.makeReachable(directory);
                account.makeReachable(bin.home());
                if (Files.isRegularFile(data.resolve("PG_VERSION"))) {
                    if (secret == null) {
                        throw new IllegalStateException(data + " holds a cluster already; its superuser password "
                                + "must be given");
                    }
                } else {
                    if (secret == null) {
                        secret = randomSecret();
                    }
                    initdb(bin, account, data, secret);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot prepare " + data, e);
            }
            return new PostgresServer(this, bin, account, secret, port != 0 ? port : freePort());
        }

        private void initdb(PostgresBinaries bin, ServerAccount account, Path data, String secret) throws IOException {
            Path log = directory.resolve(name + ".log");
            Files.createDirectories(data);
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
            account.own(data);
            // The password reaches initdb in a file only the server account can read, removed right after.
            Path pwfile = directory.resolve(name + ".pwfile");
            Files.deleteIfExists(pwfile);
            Files.createFile(pwfile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(pwfile, secret + "\n", StandardCharsets.UTF_8);
                account.own(pwfile);
                int exit = account.run(List.of(bin.tool("initdb").toString(), "-D", data.toString(),
                        "-U", SUPERUSER, "--pwfile=" + pwfile, "--encoding=UTF8", "--locale=C",
                        "--auth-host=scram-sha-256", "--auth-local=trust", "--no-instructions"),
                        directory, log, INITDB_TIMEOUT);
                if (exit != 0) {
                    throw new EmbeddedPostgresException("initdb of " + data + " failed with exit code " + exit
                            + "\n--- " + log + " ---\n" + tail(log, 40));
                }
            } finally {
                Files.deleteIfExists(pwfile);
            }
            Files.writeString(data.resolve("postgresql.conf"), CLUSTER_SETTINGS, StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        }
    }
}
