package org.hisops.dataguard.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A site after one refresh cycle of the monitor.
 *
 * @param siteId the site
 * @param cycle the cycle's number for this site, counted from 1 when the monitor started watching it; a cycle's
 *            number is given when it starts, so a cycle numbered above {@link ReplicationMonitor#startedCycles}
 *            read at some moment started after that moment
 * @param started when the cycle started
 * @param finished when it finished
 * @param systems one per system of the site
 */
public record SiteStatus(String siteId, long cycle, Instant started, Instant finished, List<SystemStatus> systems) {

    public SiteStatus {
        systems = List.copyOf(systems);
    }

    public Optional<SystemStatus> system(String system) {
        return systems.stream().filter(s -> s.topology().system().equals(system)).findFirst();
    }

    /** The verdict of the whole site. */
    public Verdict verdict() {
        return systems.stream().map(SystemStatus::verdict).reduce(Verdict.NORMAL, Verdict::worst);
    }
}
