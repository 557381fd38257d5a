package org.hisops.platform.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The sites of this installation and the one in use. Provided by the platform. */
@ProviderType
public interface SiteDirectory {

    /** The site in use; on a fresh installation the demo site. */
    Site current();

    /** All sites, in the order they were created. */
    List<Site> sites();
}
