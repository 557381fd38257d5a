package org.hisops.dataguard.core.internal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hisops.dataguard.api.LagHistory;
import org.hisops.dataguard.api.LagSample;

/**
 * The lag history in memory, per standby, until the embedded store (H2 with versioned migrations) is on main; it
 * is then kept there behind the same {@link LagHistory} interface. A standby polled every 5 s gives 17,280 samples a
 * day; samples are small records, so 24 hours of 50 standbys stay well under 100 MB.
 */
final class InMemoryLagHistory implements LagHistory {

    private final Map<String, Deque<LagSample>> byStandby = new ConcurrentHashMap<>();

    @Override
    public void append(LagSample sample) {
        Deque<LagSample> samples = byStandby.computeIfAbsent(sample.standbyId(), k -> new ArrayDeque<>());
        synchronized (samples) {
            samples.addLast(sample);
        }
    }

    @Override
    public List<LagSample> samples(String standbyId, Instant since) {
        Deque<LagSample> samples = byStandby.get(standbyId);
        if (samples == null) {
            return List.of();
        }
        List<LagSample> result = new ArrayList<>();
        synchronized (samples) {
            for (LagSample s : samples) {
                if (!s.at().isBefore(since)) {
                    result.add(s);
                }
            }
        }
        return result;
    }

    @Override
    public void prune(Instant before) {
        for (Deque<LagSample> samples : byStandby.values()) {
            synchronized (samples) {
                while (!samples.isEmpty() && samples.peekFirst().at().isBefore(before)) {
                    samples.removeFirst();
                }
            }
        }
    }
}
