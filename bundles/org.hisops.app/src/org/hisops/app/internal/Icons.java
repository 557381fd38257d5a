package org.hisops.app.internal;

import java.net.URL;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.hisops.platform.api.CapabilityCategory;
import org.hisops.platform.api.CapabilityEntry;

/** Images of one control's lifetime: created on demand, disposed with the control. */
public final class Icons {

    private final LocalResourceManager resources;

    public Icons(Control owner) {
        resources = new LocalResourceManager(JFaceResources.getResources(), owner);
    }

    /** An icon shipped in this bundle's {@code icons/} folder. */
    public Image get(String name) {
        return resources.create(descriptor(name));
    }

    public Image category(CapabilityCategory category) {
        return get("cat_" + category.name().toLowerCase(java.util.Locale.ROOT) + ".png");
    }

    /** The capability's own icon, else its category's; the error icon when it failed to start. */
    public Image capability(CapabilityEntry entry) {
        if (!entry.available()) {
            return get("error.png");
        }
        URL url = null;
        try {
            url = entry.capability().icon();
        } catch (RuntimeException e) {
            // A vendor's broken icon() must not break the navigator: the category icon is used.
        }
        return url != null ? resources.create(ImageDescriptor.createFromURL(url)) : category(entry.category());
    }

    /** The URI of an icon of this bundle, for the application model. */
    public static String uri(String name) {
        return "platform:/plugin/org.hisops.app/icons/" + name;
    }

    public static ImageDescriptor descriptor(String name) {
        return ImageDescriptor.createFromURL(Icons.class.getResource("/icons/" + name));
    }
}
