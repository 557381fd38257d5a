package org.hisops.db.core.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.hisops.db.api.AddressKind;
import org.hisops.db.api.ConnectRole;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.db.api.RoleHint;
import org.hisops.platform.api.DataFolder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The endpoints of all sites in {@code endpoints.properties} of the data folder: everything but the password,
 * which {@link CredentialStore} keeps. Written atomically on every change; an unreadable entry is logged and
 * skipped rather than costing the others.
 */
@Component(service = EndpointDirectory.class)
public class EndpointStore implements EndpointDirectory {

    static final String FILE = "endpoints.properties";

    private final DataFolder folder;
    private final CredentialStore credentials;
    private final Logger logger;
    private final List<Endpoint> endpoints = new ArrayList<>();
    private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Activate
    public EndpointStore(@Reference DataFolder folder, @Reference CredentialStore credentials,
            @Reference(service = LoggerFactory.class) Logger logger) {
        this.folder = folder;
        this.credentials = credentials;
        this.logger = logger;
        load();
    }

    @Override
    public synchronized List<Endpoint> endpoints(String siteId) {
        return endpoints.stream().filter(e -> e.siteId().equals(siteId)).toList();
    }

    @Override
    public synchronized Optional<Endpoint> find(String endpointId) {
        return endpoints.stream().filter(e -> e.id().equals(endpointId)).findFirst();
    }

    @Override
    public synchronized void save(Endpoint endpoint) {
        int i = indexOf(endpoint.id());
        if (i < 0) {
            endpoints.add(endpoint);
        } else {
            endpoints.set(i, endpoint);
        }
        write();
        fire();
    }

    @Override
    public synchronized void delete(String endpointId) {
        int i = indexOf(endpointId);
        if (i >= 0) {
            endpoints.remove(i);
            write();
            fire();
        }
        try {
            credentials.delete(endpointId);
        } catch (IOException e) {
            logger.error("The stored password of deleted endpoint {} could not be removed", endpointId, e);
        }
    }

    @Override
    public AutoCloseable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void fire() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                logger.error("An endpoint listener failed", e);
            }
        }
    }

    private int indexOf(String id) {
        for (int i = 0; i < endpoints.size(); i++) {
            if (endpoints.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void load() {
        Properties p;
        try {
            p = folder.load(FILE);
        } catch (IOException e) {
            logger.error("Endpoint list {} is unreadable; starting without endpoints", FILE, e);
            return;
        }
        int count = Integer.parseInt(p.getProperty("endpoint.count", "0").trim());
        for (int i = 0; i < count; i++) {
            String k = "endpoint." + i + ".";
            try {
                endpoints.add(new Endpoint(p.getProperty(k + "id"), p.getProperty(k + "site"), p.getProperty(k + "name"),
                        p.getProperty(k + "system", ""), Engine.valueOf(p.getProperty(k + "engine")),
                        p.getProperty(k + "host"), Integer.parseInt(p.getProperty(k + "port")),
                        AddressKind.valueOf(p.getProperty(k + "addressKind")), p.getProperty(k + "address"),
                        p.getProperty(k + "user"), ConnectRole.valueOf(p.getProperty(k + "connectRole", "NORMAL")),
                        RoleHint.valueOf(p.getProperty(k + "roleHint", "UNKNOWN")), p.getProperty(k + "declaredVersion"),
                        Integer.parseInt(p.getProperty(k + "connectionLimit", "2")),
                        Integer.parseInt(p.getProperty(k + "connectTimeout", "10")),
                        Integer.parseInt(p.getProperty(k + "statementTimeout", "60")), p.getProperty(k + "emulation")));
            } catch (RuntimeException e) {
                logger.error("Endpoint {} of {} is unreadable and left out: {}", i, FILE, e.toString());
            }
        }
    }

    private void write() {
        Properties p = new Properties();
        p.setProperty("endpoint.count", Integer.toString(endpoints.size()));
        for (int i = 0; i < endpoints.size(); i++) {
            Endpoint e = endpoints.get(i);
            String k = "endpoint." + i + ".";
            put(p, k + "id", e.id());
            put(p, k + "site", e.siteId());
            put(p, k + "name", e.name());
            put(p, k + "system", e.system());
            put(p, k + "engine", e.engine().name());
            put(p, k + "host", e.host());
            put(p, k + "port", Integer.toString(e.port()));
            put(p, k + "addressKind", e.addressKind().name());
            put(p, k + "address", e.address());
            put(p, k + "user", e.user());
            put(p, k + "connectRole", e.connectRole().name());
            put(p, k + "roleHint", e.roleHint().name());
            put(p, k + "declaredVersion", e.declaredVersion());
            put(p, k + "connectionLimit", Integer.toString(e.connectionLimit()));
            put(p, k + "connectTimeout", Integer.toString(e.connectTimeoutSeconds()));
            put(p, k + "statementTimeout", Integer.toString(e.statementTimeoutSeconds()));
            put(p, k + "emulation", e.emulation());
        }
        try {
            folder.store(FILE, p, "HisOps endpoints (passwords are in the secure storage, never here)");
        } catch (IOException e) {
            logger.error("Could not save the endpoint list to {}", FILE, e);
        }
    }

    private static void put(Properties p, String key, String value) {
        if (value != null) {
            p.setProperty(key, value);
        }
    }
}
