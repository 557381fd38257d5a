package org.hisops.migration.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The migration projects of each site, kept in the embedded store with the runs made for them, so a project is
 * set up once in the window and run again from there or from {@code hisops-cli copy/verify --project}. Saving a
 * project changes no database; operators may do it. Calls read or write the embedded store: not on the UI thread.
 *
 * @since 1.1
 */
@ProviderType
public interface MigrationProjects {

    /** The site's projects, by name. */
    List<MigrationProject> list(String siteId) throws VerificationException;

    /** A project of the site by id or by name (case ignored). */
    Optional<MigrationProject> find(String siteId, String idOrName) throws VerificationException;

    /**
     * Creates the project (id {@code null}) or replaces the one with its id, and returns it as kept.
     *
     * @throws VerificationException code {@code duplicate-project} when another project of the site has the name,
     *             {@code unknown-project} when the id is not kept (deleted meanwhile), {@code store} when the store
     *             cannot be written
     */
    MigrationProject save(MigrationProject project) throws VerificationException;

    /** Deletes the project and its list of runs (the runs themselves stay in the copy and verification history). */
    void delete(String projectId) throws VerificationException;

    /** Notes a run made for the project. */
    void recordRun(String projectId, ProjectRun run) throws VerificationException;

    /** The runs made for the project, newest first. */
    List<ProjectRun> runs(String projectId) throws VerificationException;

    /**
     * A run made for a project.
     *
     * @param kind COPY (a {@code CopyService} run id), VERIFY (a {@link Verifications} run id) or REPAIR (the id of
     *            the verification made after the repair)
     * @param runId the run's id in its own history
     * @param started when it started
     * @param summary its outcome in a word ({@code DONE}, {@code EQUAL}, {@code DIFFERENT}, {@code INTERRUPTED}, ...)
     */
    record ProjectRun(Kind kind, String runId, Instant started, String summary) {

        public enum Kind {
            COPY, VERIFY, REPAIR
        }
    }
}
