package org.hisops.app.internal.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;

/** The status line shows what user jobs report, and nothing of system jobs. */
class JobProgressTest {

    @Test
    void aJobsProgressIsReportedAndClearedWhenItEnds() {
        List<JobProgress.Snapshot> seen = new CopyOnWriteArrayList<>();
        JobProgress progress = new JobProgress(seen::add);
        Job job = Job.create("Collect tablespace usage", m -> null);
        IProgressMonitor monitor = progress.createMonitor(job);
        monitor.beginTask("HIS primary", 200);
        monitor.worked(100);
        monitor.worked(1); // 50.5 % rounds to 51: one more visible change
        monitor.worked(0);
        monitor.done();
        assertEquals(new JobProgress.Snapshot("Collect tablespace usage", 0, 0), seen.get(0));
        assertTrue(seen.contains(new JobProgress.Snapshot("Collect tablespace usage", 50, 0)));
        assertNull(seen.get(seen.size() - 1), "nothing is shown once the job is done");
    }

    @Test
    void twoJobsShowTheLatestAndCountTheOther() {
        List<JobProgress.Snapshot> seen = new CopyOnWriteArrayList<>();
        JobProgress progress = new JobProgress(seen::add);
        IProgressMonitor a = progress.createMonitor(Job.create("A", m -> null));
        IProgressMonitor b = progress.createMonitor(Job.create("B", m -> null));
        a.beginTask("", IProgressMonitor.UNKNOWN);
        b.beginTask("", 10);
        assertEquals(new JobProgress.Snapshot("B", 0, 1), seen.get(seen.size() - 1));
        b.done();
        assertEquals(new JobProgress.Snapshot("A", -1, 0), seen.get(seen.size() - 1));
    }

    @Test
    void systemJobsAreNotShown() {
        List<JobProgress.Snapshot> seen = new CopyOnWriteArrayList<>();
        JobProgress progress = new JobProgress(seen::add);
        Job system = Job.createSystem("internal", m -> null);
        IProgressMonitor monitor = progress.createMonitor(system);
        monitor.beginTask("x", 10);
        monitor.done();
        assertTrue(seen.isEmpty());
    }
}
