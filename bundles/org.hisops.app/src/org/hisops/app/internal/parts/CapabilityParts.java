package org.hisops.app.internal.parts;

import java.util.List;
import java.util.Locale;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.hisops.app.internal.Icons;
import org.hisops.platform.api.CapabilityEntry;

/** Opening and finding the parts that host capabilities. One part per capability. */
public final class CapabilityParts {

    public static final String DESCRIPTOR = "org.hisops.app.partdescriptor.capability";
    public static final String TAG = "hisops.capability";
    public static final String CAPABILITY_ID = "hisops.capability.id";
    public static final String MAIN_STACK = "org.hisops.app.partstack.main";

    private CapabilityParts() {
    }

    /** Shows the capability's part, creating it in the main stack when it is not open yet. */
    public static MPart open(CapabilityEntry entry, Locale locale, EPartService partService,
            EModelService modelService, MApplication application) {
        MPart part = find(entry.id(), modelService, application);
        if (part == null) {
            part = partService.createPart(DESCRIPTOR);
            part.setElementId(DESCRIPTOR + ":" + entry.id());
            part.getPersistedState().put(CAPABILITY_ID, entry.id());
            part.getTags().add(TAG);
            part.setLabel(entry.name(locale));
            part.setTooltip(entry.description(locale));
            part.setIconURI(iconUri(entry));
            MPartStack stack = (MPartStack) modelService.find(MAIN_STACK, application);
            if (stack != null) {
                stack.getChildren().add(part);
            }
        }
        partService.showPart(part, PartState.ACTIVATE);
        return part;
    }

    /** The capability's own icon, else its category's (the error icon when it failed to start). */
    static String iconUri(CapabilityEntry entry) {
        if (!entry.available()) {
            return Icons.uri("error.png");
        }
        try {
            java.net.URL url = entry.capability().icon();
            if (url != null) {
                return url.toExternalForm();
            }
        } catch (RuntimeException e) {
            // a vendor's broken icon() falls back to the category icon
        }
        return Icons.uri("cat_" + entry.category().name().toLowerCase(Locale.ROOT) + ".png");
    }

    /** The open part of a capability, or {@code null}. */
    public static MPart find(String capabilityId, EModelService modelService, MApplication application) {
        List<MPart> parts = all(modelService, application);
        return parts.stream().filter(p -> capabilityId.equals(p.getPersistedState().get(CAPABILITY_ID)))
                .findFirst().orElse(null);
    }

    /** Every capability part in the model, rendered or not. */
    public static List<MPart> all(EModelService modelService, MApplication application) {
        return modelService.findElements(application, null, MPart.class, List.of(TAG));
    }
}
