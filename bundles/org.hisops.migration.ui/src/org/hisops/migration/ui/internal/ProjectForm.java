package org.hisops.migration.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.hisops.migration.api.MigrationProject;
import org.hisops.migration.api.VerifyMode;

/**
 * What the project fields hold, kept as typed even when it is not yet a valid project (an empty name), so edits
 * survive switching between projects while the view lives.
 *
 * @param id the saved project's id, or {@code null} for a new one
 * @param tables the tables chosen one by one (empty: the patterns alone decide)
 */
record ProjectForm(String id, String name, String sourceId, String sourceSchema, String targetId, String targetSchema,
        String include, String exclude, List<String> tables, VerifyMode mode, int samplePercent) {

    ProjectForm {
        tables = List.copyOf(tables);
    }

    static ProjectForm of(MigrationProject p) {
        return new ProjectForm(p.id(), p.name(), p.sourceEndpointId(), p.sourceSchema(), p.targetEndpointId(),
                p.targetSchema(), p.include(), p.exclude(), p.tables(), p.verifyMode(), p.samplePercent());
    }

    static ProjectForm fresh(String name, String sourceId, String targetId) {
        return new ProjectForm(null, name, sourceId, "public", targetId, "public", "", "", List.of(),
                VerifyMode.CHECKSUM, 10);
    }

    /** The key under which a draft is kept: the id, or the empty string for the new project. */
    String key() {
        return id == null ? "" : id;
    }

    /**
     * The project the fields describe.
     *
     * @throws IllegalArgumentException with a translation key as message when a field is missing
     */
    MigrationProject project(String siteId) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("form.need.name");
        }
        if (sourceId == null || targetId == null) {
            throw new IllegalArgumentException("form.need.endpoints");
        }
        if (sourceSchema.isBlank() || targetSchema.isBlank()) {
            throw new IllegalArgumentException("form.need.schemas");
        }
        return new MigrationProject(id, siteId, name, sourceId, sourceSchema.strip(), targetId, targetSchema.strip(),
                include, exclude, tables, mode, samplePercent, null);
    }

    /** Whether the project takes the table: the chosen tables and the patterns, as the store's project decides. */
    boolean selects(String table) {
        return asProject().selects(table);
    }

    private MigrationProject asProject() {
        return new MigrationProject(id, "-", "-", "-", "-", "-", "-", include, exclude, tables, mode, samplePercent,
                null);
    }

    /**
     * The form with one table taken or left out by hand. The first choice turns what the include patterns select of
     * {@code available} into the chosen list and clears them (the list now says it), so a table checked by hand is
     * taken even when no include pattern matched it; the exclude patterns still apply.
     */
    ProjectForm choose(String table, boolean taken, List<String> available) {
        List<String> chosen = new ArrayList<>(tables.isEmpty() ? asProject().select(available) : tables);
        chosen.removeIf(t -> t.equalsIgnoreCase(table));
        if (taken) {
            chosen.add(table);
        }
        return new ProjectForm(id, name, sourceId, sourceSchema, targetId, targetSchema, tables.isEmpty() ? ""
                : include, exclude, chosen, mode, samplePercent);
    }
}
