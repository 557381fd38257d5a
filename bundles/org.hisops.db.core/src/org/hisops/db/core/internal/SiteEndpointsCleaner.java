package org.hisops.db.core.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.Site;
import org.hisops.platform.api.SiteDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Deletes the endpoints (and their stored passwords) of a site an administrator deletes. It acts only on a site
 * seen to disappear while it watches, never on endpoints whose site is merely unknown at start-up: a damaged site
 * list must not cost a hospital its endpoints.
 */
@Component
public class SiteEndpointsCleaner {

    private final SiteDirectory sites;
    private final EndpointDirectory endpoints;
    private final Logger logger;
    private final CapabilityRegistry.Registration registration;
    private Set<String> known;

    @Activate
    public SiteEndpointsCleaner(@Reference SiteDirectory sites, @Reference EndpointDirectory endpoints,
            @Reference(service = LoggerFactory.class) Logger logger) {
        this.sites = sites;
        this.endpoints = endpoints;
        this.logger = logger;
        this.known = ids(sites.sites());
        this.registration = sites.addListener(this::sitesChanged);
    }

    private synchronized void sitesChanged() {
        Set<String> now = ids(sites.sites());
        Set<String> gone = new HashSet<>(known);
        gone.removeAll(now);
        known = now;
        for (String siteId : gone) {
            List<Endpoint> orphans = endpoints.endpoints(siteId);
            for (Endpoint e : orphans) {
                endpoints.delete(e.id());
            }
            if (!orphans.isEmpty()) {
                logger.info("Deleted {} endpoints of deleted site {}", orphans.size(), siteId);
            }
        }
    }

    private static Set<String> ids(List<Site> list) {
        return list.stream().map(Site::id).collect(Collectors.toSet());
    }

    @Deactivate
    void deactivate() {
        registration.close();
    }
}
