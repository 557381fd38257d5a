package org.hisops.dataguard.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hisops.dataguard.api.SystemTopology;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.RoleHint;

/**
 * A site's systems from its endpoints: endpoints sharing a system label (case-insensitive; none counts as the
 * endpoint's own system) form one system, the one hinted PRIMARY is its primary and those hinted STANDBY its
 * standbys. An endpoint without a hint joins as a standby when the system already has a primary, else it is taken as
 * the primary; the providers then read the real roles. A system of one endpoint has nothing to replicate and is left
 * out.
 */
final class Topologies {

    private Topologies() {
    }

    static List<SystemTopology> of(String siteId, List<Endpoint> endpoints) {
        Map<String, List<Endpoint>> bySystem = new LinkedHashMap<>();
        for (Endpoint e : endpoints) {
            String system = e.system() == null || e.system().isBlank() ? e.id() : e.system().trim();
            bySystem.computeIfAbsent(system.toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(e);
        }
        List<SystemTopology> systems = new ArrayList<>();
        for (List<Endpoint> members : bySystem.values()) {
            if (members.size() < 2) {
                continue;
            }
            Endpoint primary = members.stream().filter(e -> e.roleHint() == RoleHint.PRIMARY).findFirst()
                    .orElseGet(() -> members.stream().filter(e -> e.roleHint() == RoleHint.UNKNOWN).findFirst()
                            .orElse(null));
            List<Endpoint> standbys = members.stream().filter(e -> e != primary).toList();
            String label = members.get(0).system() == null || members.get(0).system().isBlank() ? members.get(0).id()
                    : members.get(0).system().trim();
            systems.add(new SystemTopology(siteId, label, primary, standbys));
        }
        return systems;
    }
}
