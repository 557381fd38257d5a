package org.hisops.demo.internal;

import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.hisops.db.postgres.embedded.PostgresBinaries;
import org.hisops.db.postgres.embedded.PostgresServer;
import org.hisops.db.postgres.embedded.ReplicationPair;
import org.hisops.demo.api.DemoProblem;
import org.hisops.demo.api.DemoSite;
import org.hisops.demo.api.DemoState;
import org.hisops.demo.api.DemoStatus;

/**
 * Builds the demo servers and the sample hospital database, or starts the ones an earlier run built. A folder
 * that cannot be started (a build cut short by a crash, a lost password, a standby that was promoted, data of an
 * older version) is said to be damaged in the log and built again rather than failing on every launch.
 * Cancelling a build stops its servers and empties the folder, so the next start builds again.
 */
final class DemoJob extends Job {

    enum Mode {
        /** Start what an earlier run built; build when there is nothing usable. */
        START,
        /** Stop, delete, build. */
        REBUILD
    }

    private static final String PLUGIN_ID = "org.hisops.demo";
    private static final int TOTAL = 1000;
    private static final int SQL_WORK = 700;
    private static final Duration SERVER_START = Duration.ofSeconds(120);
    private static final Duration STANDBY_CATCH_UP = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DemoHospital hospital;
    private final Mode mode;
    private final SampleHospital data = new SampleHospital();
    private final CompletableFuture<DemoStatus> done = new CompletableFuture<>();

    DemoJob(DemoHospital hospital, Mode mode, String name) {
        super(name);
        this.hospital = hospital;
        this.mode = mode;
        setPriority(LONG);
    }

    /** Completes with the status the job ended in. */
    CompletionStage<DemoStatus> done() {
        return done;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == DemoSite.class;
    }

    @Override
    protected void canceling() {
        data.cancel(); // a generating statement may run for many seconds: cancel it on the server
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            return work(monitor);
        } finally {
            monitor.done();
            done.complete(hospital.status());
        }
    }

    private IStatus work(IProgressMonitor monitor) {
        monitor.beginTask(getName(), TOTAL);
        DemoFolder folder = hospital.folder();
        Optional<DemoFolder.Remembered> remembered = folder.remembered();
        int primaryPort = remembered.map(DemoFolder.Remembered::primaryPort).orElse(0);
        int standbyPort = remembered.map(DemoFolder.Remembered::standbyPort).orElse(0);
        String damage = null;
        boolean building = false;
        try {
            if (mode == Mode.REBUILD) {
                monitor.subTask(hospital.text("step.stop"));
                hospital.stopServers();
            }
            List<Long> leftRunning = folder.stopServersLeftRunning();
            if (!leftRunning.isEmpty()) {
                hospital.logger().warn("Demo servers left running by an earlier run (pids {}) were stopped first",
                        leftRunning);
            }
            if (mode == Mode.START) {
                if (remembered.isPresent() && remembered.get().ready()) {
                    damage = unusable(remembered.get());
                    if (damage == null) {
                        try {
                            return startKept(monitor, remembered.get());
                        } catch (OperationCanceledException e) {
                            throw e;
                        } catch (RuntimeException | IOException e) {
                            hospital.stopServers();
                            damage = LogText.of(e);
                        }
                    }
                } else if (!folder.isEmpty()) {
                    damage = "the last build did not finish";
                }
            }
            if (damage != null) {
                hospital.logger().warn("The demo servers in {} cannot be used ({}); building them again",
                        folder.path(), damage);
            }
            building = true;
            setName(hospital.text(mode == Mode.REBUILD ? "job.rebuild" : "job.build"));
            build(monitor, primaryPort, standbyPort, damage);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return cancelled(building);
        } catch (SQLException e) {
            if (monitor.isCanceled()) {
                return cancelled(building);
            }
            return failed(building, e);
        } catch (RuntimeException | IOException e) {
            if (monitor.isCanceled()) {
                return cancelled(building);
            }
            return failed(building, e);
        }
    }

    /** Why the remembered, finished build cannot be started, or {@code null} when it can be tried. */
    private String unusable(DemoFolder.Remembered remembered) {
        if (!SampleHospital.dataVersion().equals(remembered.dataVersion())) {
            return "it holds the sample data of another product version";
        }
        if (!hospital.credentials().has(DemoEndpoints.SUPERUSER_CREDENTIAL)) {
            return "the superuser password of its servers is not in the secure storage";
        }
        if (!ReplicationPair.exists(hospital.folder().pair())) {
            return "the primary or the standby is missing, or the standby is no longer a standby";
        }
        return null;
    }

    private IStatus startKept(IProgressMonitor monitor, DemoFolder.Remembered remembered) throws IOException {
        long t0 = System.nanoTime();
        hospital.setStatus(DemoState.STARTING, null, null);
        monitor.subTask(hospital.text("step.start"));
        int primaryPort = DemoFolder.freeOr(remembered.primaryPort());
        int standbyPort = otherPort(remembered.standbyPort(), primaryPort);
        boolean moved = primaryPort != remembered.primaryPort() || standbyPort != remembered.standbyPort();
        char[] password = hospital.credentials().password(DemoEndpoints.SUPERUSER_CREDENTIAL).orElseThrow();
        ReplicationPair pair;
        try {
            pair = ReplicationPair.builder(hospital.folder().pair()).superuserPassword(new String(password))
                    .ports(primaryPort, standbyPort).startTimeout(SERVER_START).open();
        } finally {
            Arrays.fill(password, '\0');
        }
        hospital.attach(pair);
        monitor.worked(TOTAL * 8 / 10);
        checkCancel(monitor);
        String detail = null;
        if (moved) {
            detail = "ports " + remembered.primaryPort() + "/" + remembered.standbyPort() + " were taken; now "
                    + primaryPort + "/" + standbyPort;
            hospital.logger().warn("Demo server ports {}/{} are taken by another program; the servers moved to {}/{}",
                    remembered.primaryPort(), remembered.standbyPort(), primaryPort, standbyPort);
            hospital.folder().rememberReady(primaryPort, standbyPort, remembered.dataVersion(), remembered.builtAt(),
                    remembered.buildMillis());
        }
        monitor.subTask(hospital.text("step.endpoints"));
        hospital.endpoints().ensure(primaryPort, standbyPort, hospital.locale());
        monitor.worked(TOTAL * 2 / 10);
        hospital.setStatus(DemoState.RUNNING, moved ? DemoProblem.PORT_CHANGED : null, detail);
        hospital.logger().info("Demo servers started in {} ms: primary on port {}, standby on port {} ({})",
                (System.nanoTime() - t0) / 1_000_000, primaryPort, standbyPort, hospital.folder().path());
        return Status.OK_STATUS;
    }

    private void build(IProgressMonitor monitor, int rememberedPrimary, int rememberedStandby, String damage)
            throws IOException, SQLException {
        long t0 = System.nanoTime();
        DemoProblem repaired = damage != null ? DemoProblem.DAMAGED_REBUILT : null;
        hospital.setStatus(DemoState.BUILDING, repaired, damage);
        DemoFolder folder = hospital.folder();

        monitor.subTask(hospital.text(damage != null ? "step.wipe.damaged" : "step.wipe"));
        folder.wipe();
        monitor.worked(10);
        checkCancel(monitor);

        monitor.subTask(hospital.text("step.binaries"));
        PostgresBinaries binaries = PostgresBinaries.extract();
        monitor.worked(30);
        checkCancel(monitor);

        // The same ports as before when they are free, so endpoints and the user's notes stay right.
        int primaryPort = DemoFolder.freeOr(rememberedPrimary);
        int standbyPort = otherPort(rememberedStandby, primaryPort);
        String dataVersion = SampleHospital.dataVersion();
        folder.rememberBuilding(primaryPort, standbyPort, dataVersion);
        hospital.setPorts(primaryPort, standbyPort);
        String superuserPassword = randomSecret();
        char[] secret = superuserPassword.toCharArray();
        try {
            hospital.credentials().store(DemoEndpoints.SUPERUSER_CREDENTIAL, secret);
        } finally {
            Arrays.fill(secret, '\0');
        }

        monitor.subTask(hospital.text("step.servers"));
        ReplicationPair pair = ReplicationPair.builder(folder.pair()).binaries(binaries).synchronous(false)
                .superuserPassword(superuserPassword).ports(primaryPort, standbyPort).startTimeout(SERVER_START)
                .build();
        hospital.attach(pair);
        monitor.worked(80);
        checkCancel(monitor);

        monitor.subTask(hospital.text("step.database"));
        PostgresServer primary = pair.primary();
        primary.createUser(DemoSite.USER, DemoEndpoints.PASSWORD);
        primary.createDatabase(DemoSite.DATABASE, DemoSite.USER);
        primary.execute(DemoSite.DATABASE, SampleHospital.sql(SampleHospital.DATABASE_SETUP));
        monitor.worked(10);

        int totalWork = SampleHospital.STEPS.stream().mapToInt(SampleHospital.Step::work).sum();
        int done = 0;
        try (Connection connection = primary.connect(DemoSite.DATABASE, DemoSite.USER, DemoEndpoints.PASSWORD)) {
            for (SampleHospital.Step step : SampleHospital.STEPS) {
                checkCancel(monitor);
                monitor.subTask(hospital.text(step.textKey()));
                data.run(connection, step);
                int next = done + step.work();
                monitor.worked(SQL_WORK * next / totalWork - SQL_WORK * done / totalWork);
                done = next;
            }
        }

        awaitStandby(pair, monitor, 150);

        monitor.subTask(hospital.text("step.endpoints"));
        hospital.endpoints().registerAll(primaryPort, standbyPort, hospital.locale());
        monitor.worked(20);

        long millis = (System.nanoTime() - t0) / 1_000_000;
        folder.rememberReady(primaryPort, standbyPort, dataVersion, Instant.now(), millis);
        hospital.setStatus(DemoState.RUNNING, repaired, damage);
        hospital.logger().info("Demo site built in {} s: primary on port {}, standby on port {}, database {} ({})",
                millis / 1000.0, primaryPort, standbyPort, DemoSite.DATABASE, folder.path());
    }

    /** Waits until the standby has replayed everything the load wrote, so both endpoints show the same data. */
    private void awaitStandby(ReplicationPair pair, IProgressMonitor monitor, int work) {
        monitor.subTask(hospital.text("step.standby"));
        String target = pair.primary().queryValue("SELECT pg_current_wal_lsn()");
        String lsn = "'" + target + "'::pg_lsn";
        double behindAtFirst = -1;
        int reported = 0;
        long deadline = System.nanoTime() + STANDBY_CATCH_UP.toNanos();
        while (true) {
            checkCancel(monitor);
            String behind = pair.standby().queryValue(
                    "SELECT greatest(0, pg_wal_lsn_diff(" + lsn + ", coalesce(pg_last_wal_replay_lsn(), '0/0')))");
            double bytes = Double.parseDouble(behind);
            if (behindAtFirst < 0) {
                behindAtFirst = Math.max(bytes, 1);
            }
            int progress = (int) Math.round(work * (1 - Math.min(1, bytes / behindAtFirst)));
            if (progress > reported) {
                monitor.worked(progress - reported);
                reported = progress;
            }
            if (bytes <= 0) {
                monitor.worked(work - reported);
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the standby has not replayed the sample data after "
                        + STANDBY_CATCH_UP.toMinutes() + " min (" + (long) bytes + " bytes behind)");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            }
        }
    }

    private IStatus cancelled(boolean building) {
        hospital.stopServers();
        if (building) {
            try {
                hospital.folder().wipe(); // a half-built folder is worth nothing; the next start builds again
            } catch (IOException e) {
                hospital.logger().warn("The cancelled demo build left files in {}: {}", hospital.folder().path(),
                        e.toString());
            }
        }
        hospital.setStatus(DemoState.STOPPED, DemoProblem.CANCELLED, null);
        hospital.logger().info("Demo {} cancelled; no demo server runs", building ? "build" : "start");
        return Status.CANCEL_STATUS;
    }

    private IStatus failed(boolean building, Exception e) {
        hospital.stopServers();
        String detail = LogText.of(e);
        DemoProblem problem = building ? DemoProblem.BUILD_FAILED : DemoProblem.START_FAILED;
        hospital.setStatus(DemoState.FAILED, problem, detail);
        hospital.logger().error("The demo site could not be {} in {}: {}", building ? "built" : "started",
                hospital.folder().path(), detail);
        // The exception itself is not attached: its text may quote a statement with a password.
        return new Status(IStatus.ERROR, PLUGIN_ID, hospital.format("job.failed", detail));
    }

    private static void checkCancel(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    /** {@code wanted} if free and not {@code taken}, else another free port. */
    private static int otherPort(int wanted, int taken) {
        int port = DemoFolder.freeOr(wanted == taken ? 0 : wanted);
        while (port == taken) {
            port = DemoFolder.freeOr(0);
        }
        return port;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
