package org.hisops.platform.api;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The sites of this installation and the one in use. Creating, renaming and deleting a site needs the administrator
 * role ({@link AccessControl}); switching to another site does not. Every change is audited. Provided by the platform.
 */
@ProviderType
public interface SiteDirectory {

    /** The site in use; on a fresh installation the demo site. */
    Site current();

    /** All sites, in the order they were created. */
    List<Site> sites();

    /** The site with this id. */
    default Optional<Site> find(String siteId) {
        return sites().stream().filter(s -> s.id().equals(siteId)).findFirst();
    }

    /** Creates a site with a fresh id; its capabilities start from the shipped defaults. */
    Site create(String name) throws AccessDeniedException, IOException;

    /** Renames a site; a blank or duplicate name is an IllegalArgumentException. */
    void rename(String siteId, String name) throws AccessDeniedException, IOException;

    /**
     * Deletes a site with its switches, endpoints and settings. The last site cannot be deleted; deleting the site
     * in use switches to the first remaining one.
     */
    void delete(String siteId) throws AccessDeniedException, IOException;

    /** Makes a site the one in use. */
    void switchTo(String siteId) throws IOException;

    /** Told after every change of the list or of the site in use; closing the handle unregisters. */
    CapabilityRegistry.Registration addListener(Runnable listener);
}
