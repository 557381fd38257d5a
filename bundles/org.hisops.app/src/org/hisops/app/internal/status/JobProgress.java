package org.hisops.app.internal.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;

/**
 * Collects the progress of the running user jobs (system jobs are not shown) and reports the most recent one,
 * with how many others run beside it. Updates come from job threads; the consumer must hand them to the UI.
 */
public final class JobProgress extends ProgressProvider {

    /** What the status line shows: the latest job, its percentage (-1 when unknown), and how many more run. */
    public record Snapshot(String name, int percent, int others) {
    }

    private final Map<Job, Monitor> running = new LinkedHashMap<>();
    private final Consumer<Snapshot> listener;

    public JobProgress(Consumer<Snapshot> listener) {
        this.listener = listener;
    }

    @Override
    public IProgressMonitor createMonitor(Job job) {
        return job.isSystem() ? new NullProgressMonitor() : new Monitor(job);
    }

    private void publish() {
        Snapshot snapshot;
        synchronized (running) {
            Monitor latest = null;
            for (Monitor m : running.values()) {
                latest = m;
            }
            snapshot = latest == null ? null : new Snapshot(latest.name(), latest.percent(), running.size() - 1);
        }
        listener.accept(snapshot);
    }

    private final class Monitor extends NullProgressMonitor {
        private final Job job;
        private volatile String task = "";
        private volatile int total = IProgressMonitor.UNKNOWN;
        private volatile double worked;
        private int lastPercent = Integer.MIN_VALUE;

        Monitor(Job job) {
            this.job = job;
        }

        String name() {
            return task.isBlank() ? job.getName() : job.getName() + " - " + task;
        }

        int percent() {
            return total <= 0 ? -1 : (int) Math.min(100, Math.round(worked * 100 / total));
        }

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
            worked = 0;
            synchronized (running) {
                running.put(job, this);
            }
            publish();
        }

        @Override
        public void setTaskName(String name) {
            task = name == null ? "" : name;
            publish();
        }

        @Override
        public void subTask(String name) {
            setTaskName(name);
        }

        @Override
        public void internalWorked(double work) {
            worked += work;
            int percent = percent();
            if (percent != lastPercent) { // a job may report thousands of steps; publish only visible changes
                lastPercent = percent;
                publish();
            }
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        @Override
        public void done() {
            synchronized (running) {
                running.remove(job);
            }
            publish();
        }
    }
}
