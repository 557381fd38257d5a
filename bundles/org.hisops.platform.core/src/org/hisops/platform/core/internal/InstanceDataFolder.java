package org.hisops.platform.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.service.datalocation.Location;
import org.hisops.platform.api.DataFolder;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;

/** The {@code .hisops} folder of the instance area, or this bundle's data area when the launcher set none. */
@Component(service = DataFolder.class)
public class InstanceDataFolder implements DataFolder {

    private final Path path;

    @Activate
    public InstanceDataFolder(BundleContext context,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, target = "(type=osgi.instance.area)") Location instance) {
        Path folder = context.getDataFile("").toPath();
        if (instance != null && instance.isSet()) {
            URL url = instance.getURL();
            try {
                folder = Path.of(url.toURI()).resolve(".hisops");
            } catch (URISyntaxException | IllegalArgumentException e) {
                // Equinox gives file: URLs with unescaped spaces; the plain path is right then.
                folder = Path.of(url.getPath()).resolve(".hisops");
            }
        }
        try {
            path = Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + folder, e);
        }
    }

    @Override
    public Path path() {
        return path;
    }
}
