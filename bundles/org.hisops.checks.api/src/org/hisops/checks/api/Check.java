package org.hisops.checks.api;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.hisops.db.api.DbVersionRange;
import org.hisops.db.api.Engine;

/**
 * One check: data plus a small evaluator. Its texts are keys of the catalogue's bundle, derived from the id:
 * {@code check.<id>.title}, {@code check.<id>.description}, {@code check.<id>.recommendation}.
 *
 * @param id unique in the installation, dotted, e.g. {@code ora.upg.backup.mode}
 * @param category grouping code (texts {@code category.<category>} of the catalogue's bundle), e.g. {@code space}
 * @param engines the engines it is written for ({@link Engine#KINGBASE} is covered by POSTGRESQL checks)
 * @param versions the server versions it applies to
 * @param severity the highest severity its findings may have (what a failure of this check means)
 * @param stages when it is meant to run
 * @param sqlIds the SQL resources it reads (each must exist for every version it claims)
 * @param evaluator turns the rows into findings
 * @param fixup whether and how findings can be fixed; {@code null} when not
 * @param trainingLink a course page of the training capability, e.g. {@code training:oracle-11g-upgrade#backup-mode}
 * @param source where the check comes from (the Oracle document or note), for docs and reports
 */
public record Check(String id, String category, Set<Engine> engines, DbVersionRange versions, Severity severity,
        Set<Stage> stages, List<String> sqlIds, CheckEvaluator evaluator, Fixup fixup, String trainingLink,
        String source) {

    public Check {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(versions, "versions");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(evaluator, "evaluator");
        engines = Set.copyOf(engines);
        stages = Set.copyOf(stages);
        sqlIds = List.copyOf(sqlIds);
        if (engines.isEmpty() || stages.isEmpty()) {
            throw new IllegalArgumentException(id + ": a check needs an engine and a stage");
        }
    }

    public String titleKey() {
        return "check." + id + ".title";
    }

    public String descriptionKey() {
        return "check." + id + ".description";
    }

    public String recommendationKey() {
        return "check." + id + ".recommendation";
    }

    /** Whether the check is written for this engine (KingbaseES runs the PostgreSQL checks). */
    public boolean covers(Engine engine) {
        return engines.contains(engine) || (engine == Engine.KINGBASE && engines.contains(Engine.POSTGRESQL));
    }
}
