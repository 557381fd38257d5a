package org.hisops.migration.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.hisops.migration.api.MigrationProject;
import org.hisops.migration.api.MigrationProjects;
import org.hisops.migration.api.VerificationException;
import org.hisops.migration.api.VerifyMode;
import org.hisops.platform.api.EmbeddedStore;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link MigrationProjects} of every site in the embedded store (schema MIGRATION_PROJECT, scripts in
 * {@code projects/}); a name is unique per site with case ignored, which a constraint on the folded name holds even
 * when two windows save at once.
 */
@Component(service = MigrationProjects.class)
public class MigrationProjectsComponent implements MigrationProjects {

    private static final String OWNER = "migration_projects";
    /** Separates the chosen tables in one column; no table name holds it. */
    private static final String UNIT = "\u001f";
    private static final String UNIQUE_VIOLATION = "23505";

    private final EmbeddedStore store;
    private final BundleContext context;

    @Activate
    public MigrationProjectsComponent(@Reference EmbeddedStore store, BundleContext context) {
        this.store = store;
        this.context = context;
    }

    private Connection connection() throws SQLException {
        return store.connection(OWNER, context.getBundle(), "projects");
    }

    private static VerificationException unavailable(SQLException e) {
        return new VerificationException("store", String.valueOf(e.getMessage()), e);
    }

    private static final String COLUMNS = "PROJECT_ID, SITE_ID, NAME, SOURCE_ENDPOINT, SOURCE_SCHEMA, TARGET_ENDPOINT, "
            + "TARGET_SCHEMA, INCLUDE_PATTERNS, EXCLUDE_PATTERNS, TABLE_LIST, VERIFY_MODE, SAMPLE_PERCENT, MODIFIED";

    @Override
    public List<MigrationProject> list(String siteId) throws VerificationException {
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM MIGRATION_PROJECT.PROJECT WHERE SITE_ID = ?")) {
            ps.setString(1, siteId);
            List<MigrationProject> projects = read(ps);
            projects.sort(Comparator.comparing(MigrationProject::sortKey).thenComparing(MigrationProject::name));
            return projects;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public Optional<MigrationProject> find(String siteId, String idOrName) throws VerificationException {
        if (idOrName == null || idOrName.isBlank()) {
            return Optional.empty();
        }
        String wanted = idOrName.strip();
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM MIGRATION_PROJECT.PROJECT WHERE SITE_ID = ? AND (PROJECT_ID = ? OR NAME_KEY = ?)")) {
            ps.setString(1, siteId);
            ps.setString(2, wanted);
            ps.setString(3, key(wanted));
            List<MigrationProject> found = read(ps);
            // an id wins over a name that happens to look like one
            return found.stream().filter(p -> p.id().equals(wanted)).findFirst()
                    .or(() -> found.stream().findFirst());
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public MigrationProject save(MigrationProject project) throws VerificationException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        boolean create = project.id() == null;
        MigrationProject kept = project.saved(create ? UUID.randomUUID().toString() : project.id(), now);
        String sql = create ? "INSERT INTO MIGRATION_PROJECT.PROJECT (NAME, NAME_KEY, SOURCE_ENDPOINT, SOURCE_SCHEMA, "
                + "TARGET_ENDPOINT, TARGET_SCHEMA, INCLUDE_PATTERNS, EXCLUDE_PATTERNS, TABLE_LIST, VERIFY_MODE, "
                + "SAMPLE_PERCENT, MODIFIED, PROJECT_ID, SITE_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE MIGRATION_PROJECT.PROJECT SET NAME = ?, NAME_KEY = ?, SOURCE_ENDPOINT = ?, "
                        + "SOURCE_SCHEMA = ?, TARGET_ENDPOINT = ?, TARGET_SCHEMA = ?, INCLUDE_PATTERNS = ?, "
                        + "EXCLUDE_PATTERNS = ?, TABLE_LIST = ?, VERIFY_MODE = ?, SAMPLE_PERCENT = ?, MODIFIED = ? "
                        + "WHERE PROJECT_ID = ? AND SITE_ID = ?";
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, kept.name());
            ps.setString(2, key(kept.name()));
            ps.setString(3, kept.sourceEndpointId());
            ps.setString(4, kept.sourceSchema());
            ps.setString(5, kept.targetEndpointId());
            ps.setString(6, kept.targetSchema());
            ps.setString(7, kept.include());
            ps.setString(8, kept.exclude());
            ps.setString(9, String.join(UNIT, kept.tables()));
            ps.setString(10, kept.verifyMode().name());
            ps.setInt(11, kept.samplePercent());
            ps.setObject(12, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.setString(13, kept.id());
            ps.setString(14, kept.siteId());
            if (ps.executeUpdate() == 0) {
                throw new VerificationException("unknown-project", "no project " + kept.id() + " in site "
                        + kept.siteId(), null);
            }
            return kept;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new VerificationException("duplicate-project", "site " + kept.siteId()
                        + " has a project named " + kept.name() + " already", e);
            }
            throw unavailable(e);
        }
    }

    @Override
    public void delete(String projectId) throws VerificationException {
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM MIGRATION_PROJECT.PROJECT WHERE PROJECT_ID = ?")) {
            ps.setString(1, projectId);
            ps.executeUpdate(); // its run list goes with it (ON DELETE CASCADE); the runs' histories stay
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public void recordRun(String projectId, ProjectRun run) throws VerificationException {
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO MIGRATION_PROJECT.PROJECT_RUN (PROJECT_ID, KIND, RUN_ID, STARTED, SUMMARY) "
                        + "VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, projectId);
            ps.setString(2, run.kind().name());
            ps.setString(3, run.runId());
            ps.setObject(4, OffsetDateTime.ofInstant(run.started(), ZoneOffset.UTC));
            ps.setString(5, run.summary());
            ps.executeUpdate();
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                throw new VerificationException("unknown-project", "no project " + projectId, e);
            }
            throw unavailable(e);
        }
    }

    @Override
    public List<ProjectRun> runs(String projectId) throws VerificationException {
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement("SELECT KIND, RUN_ID, STARTED, "
                + "SUMMARY FROM MIGRATION_PROJECT.PROJECT_RUN WHERE PROJECT_ID = ? ORDER BY STARTED DESC, SEQ DESC")) {
            ps.setString(1, projectId);
            List<ProjectRun> runs = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    runs.add(new ProjectRun(ProjectRun.Kind.valueOf(rs.getString(1)), rs.getString(2),
                            rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4)));
                }
            }
            return runs;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static List<MigrationProject> read(PreparedStatement ps) throws SQLException {
        List<MigrationProject> projects = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String tables = rs.getString(10);
                projects.add(new MigrationProject(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        tables.isEmpty() ? List.of() : Arrays.asList(tables.split(UNIT)),
                        VerifyMode.valueOf(rs.getString(11)), rs.getInt(12),
                        rs.getObject(13, OffsetDateTime.class).toInstant()));
            }
        }
        return projects;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
