package org.hisops.inspection.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a scheduled run is asked to do.
 *
 * @param siteId the site
 * @param checklistId the list to run
 * @param folder where the report goes (created when missing)
 * @param locale the report's language
 * @param formats PDF, HTML or both
 * @param inspector the name recorded as the run's inspector (e.g. the scheduled task's account)
 */
public record UnattendedRequest(String siteId, String checklistId, Path folder, Locale locale,
        Set<InspectionReports.Format> formats, String inspector) {

    public UnattendedRequest {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(checklistId, "checklistId");
        Objects.requireNonNull(folder, "folder");
        locale = locale == null ? InspectionReports.DEFAULT_LOCALE : locale;
        formats = formats == null || formats.isEmpty() ? Set.of(InspectionReports.Format.PDF, InspectionReports.Format.HTML)
                : Set.copyOf(formats);
    }
}
