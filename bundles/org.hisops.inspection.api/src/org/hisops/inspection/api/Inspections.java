package org.hisops.inspection.api;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.hisops.checks.api.RunProgress;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.Endpoint;
import org.hisops.platform.api.AccessDeniedException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The inspection service. Everything is saved in the embedded store at once (schema {@code INSPECTION}); methods
 * that read or write it block, so never call them on the UI thread. Changes to a signed-off run are refused with
 * {@code error.signed}.
 */
@ProviderType
public interface Inspections {

    /** The site setting naming a site's checklists, comma separated; without it every installed list is offered. */
    String SITE_CHECKLISTS = "inspection.checklists";

    /** Every installed list, by id. */
    List<Checklist> checklists();

    Optional<Checklist> checklist(String id);

    /** Lists that could not be read and list lines naming checks that are not installed. */
    List<ChecklistProblem> problems();

    /** The lists an administrator chose for the site (all installed ones when none were chosen). */
    List<Checklist> siteChecklists(String siteId);

    /**
     * Chooses a site's lists; needs the administrator, audited by the platform's {@code SiteSettings}.
     *
     * @throws InspectionException {@code error.unknown_list} when an id is not installed
     */
    void chooseChecklists(String siteId, List<String> checklistIds)
            throws AccessDeniedException, IOException, InspectionException;

    /** Starts (and saves) a run of the list for the site's endpoints; nothing runs yet. */
    InspectionRun start(String siteId, String checklistId, List<Endpoint> endpoints, String inspector)
            throws InspectionException;

    /**
     * Runs the checks of the run not finished yet (all of them the first time; after a crash or a stop, those left),
     * on each endpoint of the run whose engine the list covers. Each check's result is saved the moment it ends.
     * Blocks until done or cancelled.
     *
     * @param endpoints the run's endpoints (with their connection details); others are ignored
     */
    InspectionRun runChecks(long runId, List<Endpoint> endpoints, RunProgress progress, Cancellation cancellation)
            throws InspectionException;

    /** Saves a manual answer (a later answer replaces an earlier one); returns the run as saved. */
    InspectionRun answer(long runId, ManualAnswer answer) throws InspectionException;

    /** Signs the run off: name and time recorded, read-only from then on. */
    InspectionRun signOff(long runId, String inspector) throws InspectionException;

    Optional<InspectionRun> load(long runId) throws InspectionException;

    /**
     * The conclusions and recommendations the inspector wrote for the run's report (edited from the drafted ones),
     * empty until saved.
     *
     * @since 1.1
     */
    Optional<String> conclusions(long runId) throws InspectionException;

    /**
     * Saves the report's conclusions and recommendations with the run (a later text replaces the earlier one);
     * refused with {@code error.signed} once the run is signed off.
     *
     * @since 1.1
     */
    void saveConclusions(long runId, String text) throws InspectionException;

    /** A site's runs, newest first. */
    List<InspectionSummary> history(String siteId) throws InspectionException;

    /** Compares a run with an earlier one. */
    RunComparison compare(long runId, long previousRunId) throws InspectionException;

    /**
     * Compares a run with the previous month's: the newest run of the same site and list started in an earlier
     * calendar month (the store's time zone: the machine's); an empty previous run when there is none.
     */
    RunComparison compareWithPreviousMonth(long runId) throws InspectionException;
}
