package org.hisops.demo.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.postgres.embedded.ReplicationPair;
import org.hisops.demo.api.DemoProblem;
import org.hisops.demo.api.DemoSite;
import org.hisops.demo.api.DemoSiteListener;
import org.hisops.demo.api.DemoState;
import org.hisops.demo.api.DemoStatus;
import org.hisops.platform.api.BundleTexts;
import org.osgi.service.log.Logger;

/**
 * The demo site's servers in one data folder: which job builds or starts them, the running pair, the status and
 * who listens to it. Everything slow runs in a {@link DemoJob}; the methods here return at once, except
 * {@link #stop(Duration)}, which the component's deactivation and the exit hook call.
 */
final class DemoHospital implements DemoSite {

    /** One demo job at a time: a rebuild waits until a cancelled build has cleaned up. */
    private static final class OneAtATime implements ISchedulingRule {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    }

    private final DemoFolder folder;
    private final DemoEndpoints endpoints;
    private final CredentialStore credentials;
    private final Logger logger;
    private final Locale locale;
    private final BundleTexts texts = BundleTexts.of(DemoHospital.class);
    private final ISchedulingRule rule = new OneAtATime();
    private final List<DemoSiteListener> listeners = new CopyOnWriteArrayList<>();
    private volatile DemoStatus status;
    private ReplicationPair pair; // guarded by this
    private DemoJob job; // guarded by this: the job scheduled last
    private boolean stopped; // guarded by this: stop() was called, no new work starts

    /**
     * @param folder the demo folder (created when missing)
     * @param enabled whether the demo runs here; when not, the status stays {@link DemoState#DISABLED}
     * @param disabledBecause the problem to report while disabled, or {@code null} (not the demo site, switched off)
     * @param locale the language of job names, progress texts and endpoint names
     */
    DemoHospital(Path folder, EndpointDirectory endpoints, CredentialStore credentials, Logger logger, boolean enabled,
            DemoProblem disabledBecause, Locale locale) {
        this.folder = new DemoFolder(folder);
        this.endpoints = new DemoEndpoints(endpoints, credentials);
        this.credentials = credentials;
        this.logger = logger;
        this.locale = locale;
        int primaryPort = this.folder.remembered().map(DemoFolder.Remembered::primaryPort).orElse(0);
        int standbyPort = this.folder.remembered().map(DemoFolder.Remembered::standbyPort).orElse(0);
        this.status = new DemoStatus(enabled ? DemoState.STOPPED : DemoState.DISABLED, disabledBecause, null,
                this.folder.path(), primaryPort, standbyPort, Instant.now());
        if (!enabled) {
            stopped = true;
        }
    }

    /** Starts the servers built in an earlier run, or builds them, in the background. */
    CompletionStage<DemoStatus> start() {
        return start(Duration.ZERO);
    }

    /** {@link #start()} after {@code delay}. */
    synchronized CompletionStage<DemoStatus> start(Duration delay) {
        if (stopped || pair != null) {
            return CompletableFuture.completedFuture(status); // switched off, or running already
        }
        if (job != null && job.getState() != Job.NONE) {
            return job.done();
        }
        return schedule(DemoJob.Mode.START, delay);
    }

    @Override
    public synchronized CompletionStage<DemoStatus> rebuild() {
        if (stopped) {
            return CompletableFuture.completedFuture(status);
        }
        if (job != null) {
            job.cancel(); // the new job's rule makes it wait until this one has cleaned up
        }
        return schedule(DemoJob.Mode.REBUILD, Duration.ZERO);
    }

    private CompletionStage<DemoStatus> schedule(DemoJob.Mode mode, Duration delay) {
        String nameKey = mode == DemoJob.Mode.REBUILD ? "job.rebuild"
                : folder.remembered().filter(DemoFolder.Remembered::ready).isPresent() ? "job.start" : "job.build";
        job = new DemoJob(this, mode, text(nameKey));
        job.setRule(rule);
        job.schedule(delay.toMillis());
        return job.done();
    }

    /**
     * Cancels the demo job, waits for it up to {@code patience}, and stops the servers (fast shutdown, so they start
     * without recovery next time). Nothing starts after this.
     */
    void stop(Duration patience) {
        DemoJob current;
        synchronized (this) {
            stopped = true;
            current = job;
        }
        if (current != null) {
            current.cancel();
            try {
                if (!current.join(patience.toMillis(), null)) {
                    logger.warn("The demo job did not end within {} s; stopping the demo servers under it",
                            patience.toSeconds());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stopServers();
        if (status.state() != DemoState.DISABLED && status.state() != DemoState.FAILED) {
            setStatus(DemoState.STOPPED, status.problem(), status.detail());
        }
    }

    @Override
    public DemoStatus status() {
        return status;
    }

    @Override
    public void addListener(DemoSiteListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(DemoSiteListener listener) {
        listeners.remove(listener);
    }

    // --- for DemoJob ---

    DemoFolder folder() {
        return folder;
    }

    DemoEndpoints endpoints() {
        return endpoints;
    }

    CredentialStore credentials() {
        return credentials;
    }

    Logger logger() {
        return logger;
    }

    Locale locale() {
        return locale;
    }

    String text(String key) {
        return texts.text(locale, key, key);
    }

    String format(String key, Object... arguments) {
        return texts.format(locale, key, arguments);
    }

    /** The job's servers; refused (closed at once) once {@link #stop(Duration)} was called. */
    synchronized void attach(ReplicationPair started) {
        if (stopped) {
            started.close();
            throw new org.eclipse.core.runtime.OperationCanceledException();
        }
        pair = started;
    }

    /** The running pair, or {@code null}. */
    synchronized ReplicationPair pair() {
        return pair;
    }

    /** Stops the servers if they run; a failure to stop is logged, as nothing else can be done about it. */
    void stopServers() {
        ReplicationPair running;
        synchronized (this) {
            running = pair;
            pair = null;
        }
        if (running != null) {
            try {
                running.close();
                logger.info("Demo servers stopped ({})", folder.path());
            } catch (RuntimeException e) {
                logger.error("The demo servers in {} did not stop cleanly: {}", folder.path(), LogText.of(e));
            }
        }
    }

    void setStatus(DemoState state, DemoProblem problem, String detail) {
        ReplicationPair running = pair();
        int primaryPort = running != null ? running.primary().port() : status.primaryPort();
        int standbyPort = running != null ? running.standby().port() : status.standbyPort();
        setStatus(new DemoStatus(state, problem, LogText.redact(detail), folder.path(), primaryPort, standbyPort,
                Instant.now()));
    }

    void setPorts(int primaryPort, int standbyPort) {
        DemoStatus s = status;
        setStatus(new DemoStatus(s.state(), s.problem(), s.detail(), s.folder(), primaryPort, standbyPort, s.since()));
    }

    private void setStatus(DemoStatus next) {
        status = next;
        for (DemoSiteListener listener : listeners) {
            try {
                listener.changed(next);
            } catch (RuntimeException e) {
                logger.warn("A demo site listener failed: {}", e.toString());
            }
        }
    }
}
