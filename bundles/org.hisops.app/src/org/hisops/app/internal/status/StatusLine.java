package org.hisops.app.internal.status;

import java.text.MessageFormat;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.hisops.app.internal.Messages;
import org.hisops.app.internal.StatusTopics;

/**
 * The status line: the last message and the progress of background jobs (the site in use is in the {@link SiteBar}). It installs itself as
 * the job manager's progress provider, so every {@link Job} that reports work shows here.
 */
public class StatusLine {

    @Inject
    private UISynchronize sync;
    @Inject
    @Translation
    private Messages messages;

    private Label icon;
    private Label message;
    private Label jobLabel;
    private ProgressBar progress;
    private JobProgress jobs;

    @PostConstruct
    void create(Composite parent) {
        Composite line = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(4, false);
        layout.marginHeight = 2;
        layout.marginWidth = 6;
        line.setLayout(layout);
        icon = new Label(line, SWT.NONE);
        icon.setLayoutData(new GridData(SWT.CENTER, SWT.CENTER, false, false));
        message = new Label(line, SWT.NONE);
        message.setText(messages.status_ready);
        message.setData("org.hisops.widget", "status.message");
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        jobLabel = new Label(line, SWT.RIGHT);
        GridData jobData = new GridData(SWT.RIGHT, SWT.CENTER, false, false);
        jobData.widthHint = 320;
        jobLabel.setLayoutData(jobData);
        progress = new ProgressBar(line, SWT.HORIZONTAL | SWT.SMOOTH);
        GridData progressData = new GridData(SWT.RIGHT, SWT.CENTER, false, false);
        progressData.widthHint = 140;
        progress.setLayoutData(progressData);
        progress.setVisible(false);

        jobs = new JobProgress(this::showJobs);
        IJobManager manager = Job.getJobManager();
        manager.setProgressProvider(jobs);
    }

    /** Called by {@link JobProgress} from any thread; the display is updated on the UI thread. */
    private void showJobs(JobProgress.Snapshot snapshot) {
        sync.asyncExec(() -> {
            if (progress.isDisposed()) {
                return;
            }
            if (snapshot == null) {
                jobLabel.setText("");
                progress.setVisible(false);
                return;
            }
            String text = snapshot.percent() < 0
                    ? MessageFormat.format(messages.status_job_indeterminate, snapshot.name())
                    : MessageFormat.format(messages.status_job, snapshot.name(), snapshot.percent());
            if (snapshot.others() > 0) {
                text += " " + MessageFormat.format(messages.status_jobs_more, snapshot.others());
            }
            jobLabel.setText(text);
            jobLabel.setToolTipText(text);
            progress.setVisible(true);
            progress.setMaximum(100);
            progress.setSelection(Math.max(0, snapshot.percent()));
        });
    }

    @Inject
    @Optional
    void onMessage(@UIEventTopic(StatusTopics.MESSAGE) String text) {
        show(text, null);
    }

    @Inject
    @Optional
    void onWarning(@UIEventTopic(StatusTopics.WARNING) String text) {
        show(text, message.getDisplay().getSystemImage(SWT.ICON_WARNING));
    }

    private void show(String text, org.eclipse.swt.graphics.Image image) {
        if (message == null || message.isDisposed()) {
            return;
        }
        message.setText(text == null ? "" : text);
        message.setToolTipText(text);
        icon.setImage(image == null ? null : scaled(image));
        message.getParent().layout(true);
    }

    /** System icons are 32 px; the status line wants 16. */
    private org.eclipse.swt.graphics.Image scaled(org.eclipse.swt.graphics.Image image) {
        if (scaledWarning == null || scaledWarning.isDisposed()) {
            scaledWarning = new org.eclipse.swt.graphics.Image(image.getDevice(),
                    image.getImageData().scaledTo(16, 16));
        }
        return scaledWarning;
    }

    private org.eclipse.swt.graphics.Image scaledWarning;

    @PreDestroy
    void dispose() {
        Job.getJobManager().setProgressProvider(null);
        if (scaledWarning != null) {
            scaledWarning.dispose();
        }
    }
}
