/**
 * Inspection (巡检): daily and monthly {@link Checklist}s of automatic checks (checks of any installed
 * {@code org.hisops.checks.api} catalogue, run by its {@code CheckRunner}) and manual items the inspector enters
 * (server lights, UPS, fibre links, room temperature, backup media). Vendors contribute lists through
 * {@link ChecklistProvider} services. An {@link InspectionRun} is saved as it goes (every answer and every finished
 * check at once), can be resumed after a crash, and is read-only once signed off. {@link RunComparison} compares a
 * run with the previous month's.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.hisops.inspection.api;
