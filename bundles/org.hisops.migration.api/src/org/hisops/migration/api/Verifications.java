package org.hisops.migration.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hisops.db.api.Cancellation;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Data verification between two endpoints. Runs block the calling thread: never call them on the UI thread. Every
 * finished segment and table is kept in the embedded store as it is done, so a run interrupted by a cancel, a lost
 * connection or an exit is {@link #resume resumed} without comparing again what was finished.
 */
@ProviderType
public interface Verifications {

    /** Runs a verification; a table that cannot be compared is FAILED with the classified problem, the rest go on. */
    VerifyResult verify(VerifyRequest request, VerifyListener listener, Cancellation cancellation)
            throws VerificationException;

    /** Continues an unfinished run: finished tables and segments are kept, the rest is compared now. */
    VerifyResult resume(String runId, VerifyListener listener, Cancellation cancellation)
            throws VerificationException;

    /** The run as the store holds it (finished tables with their results; unfinished ones CANCELLED). */
    Optional<VerifyResult> find(String runId) throws VerificationException;

    /** The ids of runs that did not finish, newest first. */
    List<String> unfinished() throws VerificationException;

    /** The result as JSON (UTF-8 text; codes, not translated). */
    String json(VerifyResult result);

    /** The result as a report in the reader's language (HTML/PDF through {@code org.hisops.report}). */
    org.hisops.report.Report report(VerifyResult result, Locale locale);
}
