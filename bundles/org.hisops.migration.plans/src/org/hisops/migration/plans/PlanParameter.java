package org.hisops.migration.plans;

import java.util.List;

/**
 * One line of a generated parameter file, with why it is there and the document that defines it.
 *
 * @param name the parameter (e.g. FLASHBACK_SCN)
 * @param value its value as written in the file
 * @param noteKey the translation key of the reason (this bundle's texts), with {@code noteArguments}
 * @param noteArguments arguments of the reason
 * @param source the Oracle document and section
 */
public record PlanParameter(String name, String value, String noteKey, List<String> noteArguments, String source) {

    public PlanParameter {
        noteArguments = List.copyOf(noteArguments);
    }
}
