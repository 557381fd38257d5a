package org.hisops.platform.api;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where HisOps keeps the files of this installation's data (site list, endpoints, the embedded store): the
 * {@code .hisops} folder of the instance area ({@code -data}), or the platform bundle's data area when no instance
 * area is set (headless tests). Provided by the platform; never holds a password.
 */
@ProviderType
public interface DataFolder {

    /** The folder; it exists. */
    Path path();
}
