package org.hisops.db.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.Site;
import org.hisops.platform.api.SiteDirectory;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.log.LoggerFactory;

/** A deleted site takes its endpoints along; a site unknown at start-up (a damaged site list) does not. */
class SiteEndpointsCleanerTest {

    @Test
    void endpointsOfADeletedSiteAreDeletedOthersStay() {
        Sites sites = new Sites(List.of(site("a"), site("b")));
        Endpoints endpoints = new Endpoints();
        endpoints.save(endpoint("a1", "a"));
        endpoints.save(endpoint("a2", "a"));
        endpoints.save(endpoint("b1", "b"));
        endpoints.save(endpoint("orphan", "gone-before-start"));
        new SiteEndpointsCleaner(sites, endpoints, logger());

        sites.set(List.of(site("b")));

        assertEquals(List.of("a1", "a2"), endpoints.deleted);
        assertEquals(1, endpoints.endpoints("b").size());
        assertEquals(1, endpoints.endpoints("gone-before-start").size(), "not deleted on a guess");
    }

    private static org.osgi.service.log.Logger logger() {
        BundleContext context = FrameworkUtil.getBundle(SiteEndpointsCleanerTest.class).getBundleContext();
        return context.getService(context.getServiceReference(LoggerFactory.class)).getLogger(SiteEndpointsCleanerTest.class);
    }

    private static Site site(String id) {
        return new Site(id, id.toUpperCase(), null);
    }

    private static Endpoint endpoint(String id, String site) {
        return Endpoint.of(id, site, id, "HIS", Engine.POSTGRESQL, "localhost", 5432, AddressKind.DATABASE, "his", "u");
    }

    private static final class Sites implements SiteDirectory {
        private List<Site> list;
        private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

        Sites(List<Site> list) {
            this.list = list;
        }

        void set(List<Site> newList) {
            list = newList;
            listeners.forEach(Runnable::run);
        }

        @Override
        public Site current() {
            return list.get(0);
        }

        @Override
        public List<Site> sites() {
            return list;
        }

        @Override
        public Site create(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void rename(String siteId, String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(String siteId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void switchTo(String siteId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CapabilityRegistry.Registration addListener(Runnable listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }
    }

    private static final class Endpoints implements EndpointDirectory {
        private final List<Endpoint> all = new ArrayList<>();
        final List<String> deleted = new ArrayList<>();

        @Override
        public List<Endpoint> endpoints(String siteId) {
            return all.stream().filter(e -> e.siteId().equals(siteId)).toList();
        }

        @Override
        public Optional<Endpoint> find(String endpointId) {
            return all.stream().filter(e -> e.id().equals(endpointId)).findFirst();
        }

        @Override
        public void save(Endpoint endpoint) {
            all.add(endpoint);
        }

        @Override
        public void delete(String endpointId) {
            all.removeIf(e -> e.id().equals(endpointId));
            deleted.add(endpointId);
        }

        @Override
        public AutoCloseable addListener(Runnable listener) {
            return () -> { };
        }
    }
}
