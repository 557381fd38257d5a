package org.hisops.dataguard.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.hisops.dataguard.api.LagAlert;
import org.hisops.dataguard.api.LagSample;
import org.hisops.dataguard.api.LagThresholds;
import org.hisops.dataguard.api.ReadinessLine;
import org.hisops.dataguard.api.ReplicationMonitor;
import org.hisops.dataguard.api.ReplicationProvider;
import org.hisops.dataguard.api.SiteStatus;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.platform.api.EmbeddedStore;
import org.hisops.platform.api.SiteSettings;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The {@link ReplicationMonitor} service: a {@link SitePoller} over the installed {@link ReplicationProvider}s
 * (highest service ranking first, so a vendor's KingbaseES provider can take over from the PostgreSQL one), the
 * site's endpoints, and thresholds read from the site's settings at every cycle (a changed interval applies from the
 * next cycle). The lag history and the alerts go to the embedded store ({@link StoreLagHistory}); the store is an
 * optional reference, so the console works (with the history in memory) while there is none.
 */
@Component(service = ReplicationMonitor.class)
public class ReplicationMonitorComponent implements ReplicationMonitor {

    private final Map<ServiceReference<ReplicationProvider>, ReplicationProvider> providers =
            new TreeMap<>(Comparator.reverseOrder());
    private final SitePoller poller;
    private final StoreLagHistory history;
    private volatile EmbeddedStore store;

    @Activate
    public ReplicationMonitorComponent(BundleContext context, @Reference DatabaseSessions sessions,
            @Reference EndpointDirectory directory, @Reference SiteSettings settings,
            @Reference(service = LoggerFactory.class) Logger logger) {
        history = new StoreLagHistory(() -> store, context.getBundle(), logger::warn);
        poller = new SitePoller(sessions, directory::endpoints,
                site -> LagThresholds.from(key -> settings.get(site, key)), this::providers, history,
                Clock.systemUTC(), 2, e -> logger.error("Data Guard monitor: a cycle failed", e));
    }

    // Optional and dynamic: the history waits in memory while the store is away, and is written when it comes.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setStore(EmbeddedStore newStore) {
        store = newStore;
    }

    /** Called while the old store still works: what is queued is written to it first. */
    void unsetStore(EmbeddedStore oldStore) {
        if (store == oldStore) {
            history.flush();
            store = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(ServiceReference<ReplicationProvider> reference, ReplicationProvider provider) {
        synchronized (providers) {
            providers.put(reference, provider);
        }
    }

    void removeProvider(ServiceReference<ReplicationProvider> reference) {
        synchronized (providers) {
            providers.remove(reference);
        }
    }

    private List<ReplicationProvider> providers() {
        synchronized (providers) {
            return new ArrayList<>(providers.values());
        }
    }

    @Deactivate
    void deactivate() {
        poller.close();
        history.close();
    }

    @Override
    public AutoCloseable watch(String siteId) {
        return poller.watch(siteId);
    }

    @Override
    public java.util.Optional<SiteStatus> latest(String siteId) {
        return poller.latest(siteId);
    }

    @Override
    public long startedCycles(String siteId) {
        return poller.startedCycles(siteId);
    }

    @Override
    public SiteStatus refresh(String siteId) {
        return poller.refresh(siteId);
    }

    @Override
    public AutoCloseable addListener(Consumer<SiteStatus> listener) {
        return poller.addListener(listener);
    }

    @Override
    public AutoCloseable addAlertListener(Consumer<LagAlert> listener) {
        return poller.addAlertListener(listener);
    }

    @Override
    public List<LagAlert> alerts(String siteId, Instant since) {
        return poller.alerts(siteId, since);
    }

    @Override
    public List<LagSample> history(String standbyId, Instant since) {
        return poller.history(standbyId, since);
    }

    @Override
    public List<ReadinessLine> readiness(String siteId, String standbyId) throws DatabaseException {
        return poller.readiness(siteId, standbyId);
    }
}
