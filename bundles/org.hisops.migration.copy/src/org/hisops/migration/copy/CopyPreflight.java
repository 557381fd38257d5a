package org.hisops.migration.copy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a copy would do to its target, read before it starts so the administrator confirms with the facts in view
 * (the window shows it; the command line checks {@code --confirm} against {@link #targetDatabase()}). Nothing is
 * changed by reading it.
 *
 * @param sourceEndpointId the source endpoint
 * @param sourceEmulated whether the source is the Oracle stand-in (its data and checks are "emulated")
 * @param targetEndpointId the target endpoint
 * @param targetDatabase the target's database name as the server reports it ({@code current_database()}): the
 *            name the administrator types to confirm
 * @param targetSchema the target schema
 * @param tables the target tables the copy would create, in copy order (tables the translation refuses left out)
 * @param existingTables those of {@code tables} the target schema already holds (the copy refuses them)
 * @param targetStandby whether the target is a standby in recovery (refused: it cannot be written)
 * @param targetReadOnly whether the target's sessions are read-only by default (refused)
 * @since 1.1
 */
public record CopyPreflight(String sourceEndpointId, boolean sourceEmulated, String targetEndpointId,
        String targetDatabase, String targetSchema, List<String> tables, List<String> existingTables,
        boolean targetStandby, boolean targetReadOnly) {

    public CopyPreflight {
        Objects.requireNonNull(targetDatabase, "targetDatabase");
        tables = List.copyOf(tables);
        existingTables = List.copyOf(existingTables);
    }

    /**
     * Why the copy would be refused, empty when it may start. Codes are translation keys of this bundle
     * ({@link CopyTexts#refusal}), the same a {@link CopyException} of {@link CopyService#start} carries.
     */
    public List<Refusal> refusals() {
        List<Refusal> refusals = new ArrayList<>();
        if (targetStandby) {
            refusals.add(new Refusal(CopyService.TARGET_STANDBY, List.of(targetEndpointId, targetDatabase)));
        } else if (targetReadOnly) {
            refusals.add(new Refusal(CopyService.TARGET_READ_ONLY, List.of(targetEndpointId, targetDatabase)));
        }
        if (!existingTables.isEmpty()) {
            refusals.add(new Refusal(CopyService.TARGET_EXISTS,
                    List.of(targetSchema, String.join(", ", existingTables))));
        }
        return refusals;
    }

    /** Whether the copy may start. */
    public boolean allowed() {
        return refusals().isEmpty();
    }

    /** Whether the administrator typed the target's database name (exactly, as PostgreSQL names are). */
    public boolean confirmedBy(String typed) {
        return typed != null && typed.strip().equals(targetDatabase);
    }

    /**
     * A reason the copy is refused.
     *
     * @param code a translation key of this bundle ({@code copy.problem.*})
     * @param arguments its MessageFormat arguments
     */
    public record Refusal(String code, List<String> arguments) {

        public Refusal {
            Objects.requireNonNull(code, "code");
            arguments = List.copyOf(arguments);
        }
    }
}
