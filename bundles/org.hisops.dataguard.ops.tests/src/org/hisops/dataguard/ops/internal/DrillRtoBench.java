package org.hisops.dataguard.ops.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.hisops.dataguard.api.ActionResult;
import org.hisops.dataguard.api.DrillFailure;
import org.hisops.dataguard.api.DrillKind;
import org.hisops.dataguard.api.DrillPlan;
import org.hisops.dataguard.api.DrillRecord;
import org.hisops.dataguard.api.ReplicationMonitor;
import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.db.api.RoleHint;
import org.hisops.db.postgres.embedded.PostgresServer;
import org.hisops.db.postgres.embedded.ReplicationPair;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drill RTO on real PostgreSQL 17 pairs (releng/bench/drill-rto): for each kind, {@value #RUNS} drills through
 * HisOps on a fresh synchronous or asynchronous pair with the writer committing, printing RTO (primary gone to the
 * first write accepted by the new primary) and the committed transactions lost. Not part of the normal test run.
 */
@Tag("bench")
class DrillRtoBench {

    static final int RUNS = Integer.getInteger("hisops.bench.runs", 5);

    @TempDir
    Path temp;

    @Test
    void drillRto() throws Exception {
        DatabaseSessions sessions = Fixtures.service(DatabaseSessions.class);
        CredentialStore credentials = Fixtures.service(CredentialStore.class);
        EndpointDirectory directory = Fixtures.service(EndpointDirectory.class);
        ReplicationMonitor monitor = Fixtures.service(ReplicationMonitor.class);
        Fixtures.Access access = new Fixtures.Access();
        Fixtures.RecordingAudit audit = new Fixtures.RecordingAudit();
        Actions actions = new Actions(monitor, directory, sessions, access, () -> audit, Clock.systemUTC());
        DrillRunner runner = new DrillRunner(monitor, directory, sessions, actions, access, () -> audit,
                Clock.systemUTC());
        StringBuilder out = new StringBuilder("### Drill RTO on PostgreSQL 17 pairs (" + RUNS + " runs each)\n");
        out.append("| Drill | Replication | RTO median ms | min | max | committed (median) | lost (each run) |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- |\n");
        Object[][] cases = { { DrillKind.PRIMARY_KILLED, true }, { DrillKind.PRIMARY_KILLED, false },
                { DrillKind.PLANNED_SWITCHOVER, false }, { DrillKind.NETWORK_CUT, false } };
        int n = 0;
        for (Object[] c : cases) {
            DrillKind kind = (DrillKind) c[0];
            boolean sync = (Boolean) c[1];
            List<Long> rto = new ArrayList<>();
            List<Long> committed = new ArrayList<>();
            List<Long> lost = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                String site = "bench-" + (n++);
                try (ReplicationPair pair = ReplicationPair.builder(temp.resolve(site)).synchronous(sync).build()) {
                    for (String role : new String[] { "primary", "standby" }) {
                        PostgresServer server = role.equals("primary") ? pair.primary() : pair.standby();
                        String id = site + "-" + role;
                        credentials.store(id, server.superuserPassword().toCharArray());
                        directory.save(Endpoint.of(id, site, id, "HIS", Engine.POSTGRESQL, PostgresServer.LOOPBACK,
                                server.port(), AddressKind.DATABASE, "postgres", PostgresServer.SUPERUSER)
                                .withRoleHint(role.equals("primary") ? RoleHint.PRIMARY : RoleHint.STANDBY)
                                .withLimits(3, 3, 10));
                    }
                    DrillRecord d = runner.run(new DrillPlan(site, site + "-standby", kind, List.of(), "postgres",
                            true), new DrillFailure() {
                                @Override
                                public void cutNetwork() {
                                    pair.partition();
                                }

                                @Override
                                public void losePrimary(DrillKind k) {
                                    if (k == DrillKind.PLANNED_SWITCHOVER) {
                                        pair.primary().stop();
                                    } else {
                                        pair.killPrimary();
                                    }
                                }
                            }, null, Cancellation.none());
                    if (d.outcome() != ActionResult.Outcome.DONE) {
                        throw new AssertionError("drill " + kind + " failed: " + d.timeline());
                    }
                    rto.add(d.rto().toMillis());
                    committed.add(d.committed());
                    lost.add(d.lost());
                } finally {
                    directory.endpoints(site).forEach(e -> directory.delete(e.id()));
                }
            }
            List<Long> sorted = rto.stream().sorted().toList();
            out.append("| ").append(kind).append(" | ").append(sync ? "synchronous" : "asynchronous").append(" | ")
                    .append(sorted.get(sorted.size() / 2)).append(" | ").append(sorted.get(0)).append(" | ")
                    .append(sorted.get(sorted.size() - 1)).append(" | ")
                    .append(committed.stream().sorted().toList().get(committed.size() / 2)).append(" | ")
                    .append(lost).append(" |\n");
        }
        System.out.println(out);
    }
}
