package org.hisops.dataguard.api;

import java.util.List;
import java.util.Objects;

import org.hisops.db.api.Endpoint;

/**
 * One hospital system of a site (HIS, LIS, ...) as its endpoints declare it: the primary and its standbys, from
 * the endpoints' system label and role hints. The declared roles are only a starting point: the providers read the
 * real role from each database, and a standby that turns out to be a primary (after a failover) is reported as
 * such ({@link NodeState#role()}).
 *
 * @param siteId the site
 * @param system the system label (e.g. "HIS")
 * @param primary the endpoint declared (or found) to be the primary, or {@code null} when none is
 * @param standbys the endpoints declared standbys, in the order they were added
 */
public record SystemTopology(String siteId, String system, Endpoint primary, List<Endpoint> standbys) {

    public SystemTopology {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(system, "system");
        standbys = List.copyOf(standbys);
    }

    /** All endpoints, primary first. */
    public List<Endpoint> endpoints() {
        return primary == null ? standbys
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(primary), standbys.stream()).toList();
    }
}
