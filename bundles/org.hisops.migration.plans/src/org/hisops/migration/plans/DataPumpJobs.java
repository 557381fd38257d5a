package org.hisops.migration.plans;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.platform.api.AccessDeniedException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Data Pump jobs started and followed from HisOps through DBMS_DATAPUMP (an administrator's action: role, typed
 * confirmation, audit). Calls block: never on the UI thread.
 */
@ProviderType
public interface DataPumpJobs {

    /** The directory object exists and the endpoint's user may read and write it; SCHEMA mode of other users' schemas needs EXP_FULL_DATABASE. */
    Preflight preflight(ExportJob job, Cancellation cancellation) throws DatabaseException;

    /** The text the administrator must type to start {@code job}: the job's name. */
    default String confirmation(ExportJob job) {
        return job.jobName();
    }

    /**
     * Starts the export (OPEN, ADD_FILE, METADATA_FILTER, SET_PARAMETER, SET_PARALLEL, START_JOB, DETACH in one
     * block through a writable session), after the role, the confirmation and the preflight.
     *
     * @throws AccessDeniedException not an administrator
     * @throws IllegalArgumentException the confirmation does not match or the preflight failed (message names it)
     */
    JobStatus start(ExportJob job, String typedConfirmation, Cancellation cancellation)
            throws DatabaseException, AccessDeniedException;

    /** The job's state and progress (read-only). */
    JobStatus status(String siteId, String endpointId, String owner, String jobName, Cancellation cancellation)
            throws DatabaseException;

    /** Stops the job (ATTACH, STOP_JOB immediate, master table dropped); administrator and audited. */
    JobStatus stop(String siteId, String endpointId, String owner, String jobName, Cancellation cancellation)
            throws DatabaseException, AccessDeniedException;
}
