package org.hisops.demo.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.hisops.db.api.AddressKind;
import org.hisops.db.api.ConnectRole;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.db.api.RoleHint;
import org.hisops.demo.api.DemoSite;
import org.hisops.db.postgres.embedded.PostgresServer;
import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.Site;

/**
 * The demo site's endpoints: the embedded PostgreSQL primary and standby, and the emulated Oracle databases of the
 * Oracle stand-in (scenarios {@code hetero-10g}, the 10.2 HIS awaiting its upgrade with the problems the readiness
 * view finds ({@code upgrade-10g-problems}) and the application code the heterogeneous assessment reads,
 * {@code his-11g-primary}, {@code his-11g-standby}). Names are in the
 * product's language when they are registered; they are data the user may rename afterwards.
 */
final class DemoEndpoints {

    /** The demo account's password, the same on every demo site (it is a demo, and the training material says so). */
    static final String PASSWORD = "hisops-demo";
    /** Credential-store entry of the demo servers' superuser password (not an endpoint). */
    static final String SUPERUSER_CREDENTIAL = "demo-his-pg-superuser";

    private final EndpointDirectory directory;
    private final CredentialStore credentials;
    private final BundleTexts texts = BundleTexts.of(DemoEndpoints.class);

    DemoEndpoints(EndpointDirectory directory, CredentialStore credentials) {
        this.directory = directory;
        this.credentials = credentials;
    }

    // One system label per replicated pair: the Data Guard console groups endpoints into systems by their label.
    static final String PG_SYSTEM = "HIS-PG";
    static final String ORACLE_SYSTEM = "HIS-11g";

    /** Every demo endpoint for servers on these ports, with names in {@code locale}. */
    List<Endpoint> all(int primaryPort, int standbyPort, Locale locale) {
        return List.of(
                Endpoint.of(DemoSite.PRIMARY_ENDPOINT, Site.DEMO_ID, name(DemoSite.PRIMARY_ENDPOINT, locale),
                        PG_SYSTEM,
                        Engine.POSTGRESQL, PostgresServer.LOOPBACK, primaryPort, AddressKind.DATABASE,
                        DemoSite.DATABASE, DemoSite.USER).withRoleHint(RoleHint.PRIMARY),
                Endpoint.of(DemoSite.STANDBY_ENDPOINT, Site.DEMO_ID, name(DemoSite.STANDBY_ENDPOINT, locale),
                        PG_SYSTEM,
                        Engine.POSTGRESQL, PostgresServer.LOOPBACK, standbyPort, AddressKind.DATABASE,
                        DemoSite.DATABASE, DemoSite.USER).withRoleHint(RoleHint.STANDBY),
                Endpoint.of(DemoSite.ORACLE_10G_ENDPOINT, Site.DEMO_ID, name(DemoSite.ORACLE_10G_ENDPOINT, locale),
                        "HIS-10g", Engine.ORACLE, "his-db-10g.demo", 1521, AddressKind.SERVICE_NAME, "his",
                        DemoSite.USER)
                        .withRoleHint(RoleHint.PRIMARY).withDeclaredVersion("10.2.0.5").withEmulation("hetero-10g"),
                Endpoint.of(DemoSite.ORACLE_11G_PRIMARY_ENDPOINT, Site.DEMO_ID,
                        name(DemoSite.ORACLE_11G_PRIMARY_ENDPOINT, locale), ORACLE_SYSTEM, Engine.ORACLE,
                        "his-db-11g-primary.demo", 1521, AddressKind.SERVICE_NAME, "his", DemoSite.USER)
                        .withRoleHint(RoleHint.PRIMARY).withDeclaredVersion("11.2.0.4")
                        .withEmulation("his-11g-primary"),
                // A MOUNTED physical standby opens to SYSDBA connections only.
                Endpoint.of(DemoSite.ORACLE_11G_STANDBY_ENDPOINT, Site.DEMO_ID,
                        name(DemoSite.ORACLE_11G_STANDBY_ENDPOINT, locale), ORACLE_SYSTEM, Engine.ORACLE,
                        "his-db-11g-standby.demo", 1521, AddressKind.SERVICE_NAME, "hisdg", "sys")
                        .withRoleHint(RoleHint.STANDBY).withConnectRole(ConnectRole.SYSDBA)
                        .withDeclaredVersion("11.2.0.4").withEmulation("his-11g-standby"));
    }

    /** Saves every demo endpoint and its password (after a build: replaces what was there). */
    void registerAll(int primaryPort, int standbyPort, Locale locale) throws IOException {
        for (Endpoint endpoint : all(primaryPort, standbyPort, locale)) {
            directory.save(endpoint);
            storePassword(endpoint.id());
        }
    }

    /**
     * After a start of kept servers: adds a demo endpoint only if it is missing, and moves the PostgreSQL ones to
     * the servers' ports; a name or limit the user changed stays.
     *
     * @return whether anything was saved
     */
    boolean ensure(int primaryPort, int standbyPort, Locale locale) throws IOException {
        boolean changed = false;
        for (Endpoint wanted : all(primaryPort, standbyPort, locale)) {
            Endpoint saved = directory.find(wanted.id()).orElse(null);
            if (saved == null) {
                directory.save(wanted);
                changed = true;
            } else if (wanted.engine() == Engine.POSTGRESQL && saved.port() != wanted.port()) {
                directory.save(new Endpoint(saved.id(), saved.siteId(), saved.name(), saved.system(), saved.engine(),
                        saved.host(), wanted.port(), saved.addressKind(), saved.address(), saved.user(),
                        saved.connectRole(), saved.roleHint(), saved.declaredVersion(), saved.connectionLimit(),
                        saved.connectTimeoutSeconds(), saved.statementTimeoutSeconds(), saved.emulation()));
                changed = true;
            }
            if (!credentials.has(wanted.id())) {
                storePassword(wanted.id());
                changed = true;
            }
        }
        return changed;
    }

    private void storePassword(String endpointId) throws IOException {
        char[] password = PASSWORD.toCharArray();
        try {
            credentials.store(endpointId, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private String name(String endpointId, Locale locale) {
        return texts.text(locale, "endpoint." + endpointId + ".name", endpointId);
    }
}
