package org.hisops.dataguard.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.hisops.dataguard.api.LagAlert;
import org.hisops.dataguard.api.LagHistory;
import org.hisops.dataguard.api.LagSample;
import org.hisops.dataguard.api.LagThresholds;
import org.hisops.dataguard.api.NodeState;
import org.hisops.dataguard.api.ReadinessLine;
import org.hisops.dataguard.api.Reason;
import org.hisops.dataguard.api.ReplicationMonitor;
import org.hisops.dataguard.api.ReplicationProvider;
import org.hisops.dataguard.api.SiteStatus;
import org.hisops.dataguard.api.StandbyStatus;
import org.hisops.dataguard.api.SystemStatus;
import org.hisops.dataguard.api.SystemTopology;
import org.hisops.dataguard.api.Verdict;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;

/**
 * The monitor's work, without OSGi: each watched site runs a cycle at once and then again one refresh interval
 * after the previous cycle finished (so a slow site never piles cycles up), on the poller's own threads. A cycle
 * reads every system of the site through its provider; sessions come from {@link DatabaseSessions}, which holds
 * every endpoint to its connection limit and every statement to its timeout, so a dead node costs one connect
 * timeout of its own system and nothing of the others. Cycles of one site never overlap. Each cycle appends a
 * sample per link to the {@link LagHistory} and an alert per link whose verdict changed; both only queue there.
 */
final class SitePoller implements ReplicationMonitor {

    private final DatabaseSessions sessions;
    private final Function<String, List<Endpoint>> endpoints;
    private final Function<String, LagThresholds> thresholds;
    private final Supplier<List<ReplicationProvider>> providers;
    private final LagHistory history;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final Map<String, SiteState> sites = new ConcurrentHashMap<>();
    private final List<Consumer<SiteStatus>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<LagAlert>> alertListeners = new CopyOnWriteArrayList<>();
    private final Consumer<Throwable> errors;
    private volatile Instant lastPrune = Instant.EPOCH;

    /** One site's polling: its watchers, its schedule, its cycles. */
    private final class SiteState {
        final String siteId;
        final AtomicLong started = new AtomicLong();
        volatile int watchers;
        volatile SiteStatus latest;
        volatile ScheduledFuture<?> next;
        final Cancellation cancellation = new Cancellation();

        SiteState(String siteId) {
            this.siteId = siteId;
        }
    }

    SitePoller(DatabaseSessions sessions, Function<String, List<Endpoint>> endpoints,
            Function<String, LagThresholds> thresholds, Supplier<List<ReplicationProvider>> providers,
            LagHistory history, Clock clock, int threads, Consumer<Throwable> errors) {
        this.sessions = sessions;
        this.endpoints = endpoints;
        this.thresholds = thresholds;
        this.providers = providers;
        this.history = history;
        this.clock = clock;
        this.errors = errors;
        this.scheduler = Executors.newScheduledThreadPool(threads, r -> {
            Thread t = new Thread(r, "hisops-dataguard-poller");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public AutoCloseable watch(String siteId) {
        SiteState site = sites.computeIfAbsent(siteId, SiteState::new);
        synchronized (site) {
            site.watchers++;
            if (site.watchers == 1) {
                site.next = scheduler.schedule(() -> scheduled(site), 0, TimeUnit.MILLISECONDS);
            }
        }
        return new AutoCloseable() {
            private boolean closed;

            @Override
            public void close() {
                synchronized (site) {
                    if (closed) {
                        return;
                    }
                    closed = true;
                    site.watchers--;
                    if (site.watchers == 0 && site.next != null) {
                        site.next.cancel(false);
                        site.next = null;
                    }
                }
            }
        };
    }

    private void scheduled(SiteState site) {
        try {
            cycle(site);
        } catch (RuntimeException | LinkageError e) {
            errors.accept(e); // the next cycle still comes: one bad reading must not end the watch
        } finally {
            synchronized (site) {
                if (site.watchers > 0 && !scheduler.isShutdown()) {
                    long millis = thresholds.apply(site.siteId).refresh().toMillis();
                    site.next = scheduler.schedule(() -> scheduled(site), millis, TimeUnit.MILLISECONDS);
                }
            }
        }
    }

    @Override
    public Optional<SiteStatus> latest(String siteId) {
        SiteState site = sites.get(siteId);
        return site == null ? Optional.empty() : Optional.ofNullable(site.latest);
    }

    @Override
    public long startedCycles(String siteId) {
        SiteState site = sites.get(siteId);
        return site == null ? 0 : site.started.get();
    }

    @Override
    public SiteStatus refresh(String siteId) {
        return cycle(sites.computeIfAbsent(siteId, SiteState::new));
    }

    /** One cycle; the per-site lock keeps a refresh and a scheduled cycle from running at once. */
    private SiteStatus cycle(SiteState site) {
        synchronized (site.cancellation) {
            long number = site.started.incrementAndGet();
            Instant started = clock.instant();
            LagThresholds t = thresholds.apply(site.siteId);
            SiteStatus previous = site.latest;
            List<SystemStatus> systems = new ArrayList<>();
            for (SystemTopology topology : Topologies.of(site.siteId, endpoints.apply(site.siteId))) {
                SystemStatus before = previous == null ? null
                        : previous.system(topology.system()).orElse(null);
                systems.add(observe(topology, t, before, site.cancellation));
            }
            Instant finished = clock.instant();
            SiteStatus status = new SiteStatus(site.siteId, number, started, finished, systems);
            site.latest = status;
            List<LagAlert> alerts = record(status, previous);
            for (Consumer<SiteStatus> listener : listeners) {
                try {
                    listener.accept(status);
                } catch (RuntimeException e) {
                    errors.accept(e);
                }
            }
            for (LagAlert alert : alerts) {
                for (Consumer<LagAlert> listener : alertListeners) {
                    try {
                        listener.accept(alert);
                    } catch (RuntimeException e) {
                        errors.accept(e);
                    }
                }
            }
            return status;
        }
    }

    private SystemStatus observe(SystemTopology topology, LagThresholds t, SystemStatus previous,
            Cancellation cancellation) {
        Engine engine = topology.endpoints().get(0).engine();
        for (ReplicationProvider provider : providers.get()) {
            try {
                if (provider.handles(engine)) {
                    return provider.observe(topology, sessions, t, previous, cancellation);
                }
            } catch (RuntimeException | LinkageError e) {
                errors.accept(e);
                return failed(topology, "reason.provider.failed", provider.getClass().getName());
            }
        }
        return failed(topology, "reason.provider.none", engine.name());
    }

    /** A system no provider could read: every node unknown, the reason on each link. */
    private static SystemStatus failed(SystemTopology topology, String key, String arg) {
        List<NodeState> nodes = topology.endpoints().stream()
                .map(e -> NodeState.unreachable(e.id(), DbProblem.OTHER, null, null, List.of())).toList();
        List<StandbyStatus> links = topology.standbys().stream().map(s -> new StandbyStatus(s.id(),
                topology.primary() == null ? null : topology.primary().id(),
                org.hisops.dataguard.api.LagFigures.UNKNOWN, Verdict.ERROR, List.of(Reason.of(Verdict.ERROR, key, arg)),
                Map.of())).toList();
        return new SystemStatus(topology, nodes, links, Verdict.ERROR);
    }

    /**
     * Appends each link's sample and an alert for each link whose verdict differs from the previous cycle's (a link
     * seen for the first time counts as NORMAL before, so a link found in trouble is reported at once).
     */
    private List<LagAlert> record(SiteStatus status, SiteStatus previous) {
        List<LagAlert> alerts = new ArrayList<>();
        for (SystemStatus system : status.systems()) {
            for (StandbyStatus link : system.standbys()) {
                boolean reachable = system.node(link.standbyId()).map(NodeState::reachable).orElse(false);
                history.append(new LagSample(status.siteId(), link.standbyId(), status.finished(), link.figures(),
                        link.verdict(), reachable));
                Verdict before = previous == null ? Verdict.NORMAL
                        : previous.system(system.topology().system()).flatMap(s -> s.standby(link.standbyId()))
                                .map(StandbyStatus::verdict).orElse(Verdict.NORMAL);
                if (before != link.verdict()) {
                    LagAlert alert = new LagAlert(status.siteId(), system.topology().system(), link.standbyId(),
                            status.finished(), status.cycle(), before, link.verdict(), link.reasons());
                    history.append(alert);
                    alerts.add(alert);
                }
            }
        }
        Instant now = status.finished();
        if (now.isAfter(lastPrune.plusSeconds(3600))) {
            lastPrune = now;
            history.prune(now.minus(LagHistory.KEPT));
        }
        return alerts;
    }

    @Override
    public AutoCloseable addListener(Consumer<SiteStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public AutoCloseable addAlertListener(Consumer<LagAlert> listener) {
        alertListeners.add(listener);
        return () -> alertListeners.remove(listener);
    }

    @Override
    public List<LagAlert> alerts(String siteId, Instant since) {
        return history.alerts(siteId, since);
    }

    @Override
    public List<LagSample> history(String standbyId, Instant since) {
        return history.samples(standbyId, since);
    }

    @Override
    public List<ReadinessLine> readiness(String siteId, String standbyId) throws DatabaseException {
        SiteStatus status = refresh(siteId);
        for (SystemStatus system : status.systems()) {
            if (system.standby(standbyId).isPresent() || system.node(standbyId).isPresent()) {
                Engine engine = system.topology().endpoints().get(0).engine();
                for (ReplicationProvider provider : providers.get()) {
                    if (provider.handles(engine)) {
                        return provider.readiness(system, standbyId, thresholds.apply(siteId));
                    }
                }
            }
        }
        throw new DatabaseException(DbProblem.OTHER, null, standbyId, "no standby " + standbyId + " in site " + siteId,
                null);
    }

    /** Stops polling and cancels what runs. */
    void close() {
        sites.values().forEach(s -> s.cancellation.cancel());
        scheduler.shutdownNow();
    }
}
