package org.hisops.db.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.hisops.db.api.DbVersion;
import org.hisops.db.api.Engine;
import org.hisops.db.api.Sql;
import org.hisops.db.api.SqlResources;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.util.tracker.BundleTracker;

/**
 * The SQL resources of every resolved bundle that names its SQL folder in the {@value SqlResources#HEADER}
 * header, vendors' bundles included. Files are read when the bundle resolves; a broken file is logged with its
 * name and left out, so one vendor's mistake does not cost the other statements.
 */
@Component(service = SqlResources.class)
public class SqlResourceRegistry implements SqlResources {

    private final Map<Long, List<Sql>> byBundle = new ConcurrentHashMap<>();
    private final Logger logger;
    private final BundleTracker<Long> tracker;

    @Activate
    public SqlResourceRegistry(BundleContext context, @Reference(service = LoggerFactory.class) Logger logger) {
        this.logger = logger;
        tracker = new BundleTracker<>(context, Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Long addingBundle(Bundle bundle, BundleEvent event) {
                String folder = bundle.getHeaders("").get(HEADER);
                if (folder == null) {
                    return null;
                }
                byBundle.put(bundle.getBundleId(), read(bundle, folder.trim()));
                return bundle.getBundleId();
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Long id) {
                byBundle.remove(id);
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    private List<Sql> read(Bundle bundle, String folder) {
        List<Sql> statements = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(folder, "*.sql", true);
        if (entries == null) {
            return statements;
        }
        for (URL url : Collections.list(entries)) {
            String source = bundle.getSymbolicName() + url.getPath();
            try (InputStream in = url.openStream()) {
                Sql sql = SqlFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), source);
                for (Sql other : statements) {
                    if (other.id().equals(sql.id()) && other.engine() == sql.engine()
                            && other.versions().overlaps(sql.versions())) {
                        throw new IllegalArgumentException(source + " and " + other.source() + " both claim "
                                + sql.id() + " for " + sql.engine() + " in overlapping versions");
                    }
                }
                statements.add(sql);
            } catch (IOException | IllegalArgumentException e) {
                logger.error("SQL resource {} is left out: {}", source, e.getMessage());
            }
        }
        return statements;
    }

    @Override
    public Optional<Sql> find(String id, Engine engine, DbVersion version) {
        Optional<Sql> exact = find(id, engine, version, engine);
        // KingbaseES speaks PostgreSQL: its own statement if one exists, the PostgreSQL one otherwise.
        return exact.isPresent() || engine != Engine.KINGBASE ? exact : find(id, engine, version, Engine.POSTGRESQL);
    }

    private Optional<Sql> find(String id, Engine engine, DbVersion version, Engine written) {
        for (List<Sql> statements : byBundle.values()) {
            for (Sql sql : statements) {
                if (sql.id().equals(id) && sql.engine() == written
                        && (version == null || sql.versions().includes(version))) {
                    return Optional.of(sql);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public List<Sql> all() {
        List<Sql> all = new ArrayList<>();
        byBundle.values().forEach(all::addAll);
        return all;
    }
}
