package org.hisops.inspection.api;

import java.util.List;

/**
 * A checklist file that could not be read, or a list naming a check that is not installed.
 *
 * @param checklistId the list (or the file name when its id could not be read)
 * @param key a translation key of this API's bundle ({@code problem.*})
 * @param arguments its arguments (file, line, text)
 */
public record ChecklistProblem(String checklistId, String key, List<String> arguments) {

    public ChecklistProblem {
        arguments = List.copyOf(arguments);
    }
}
