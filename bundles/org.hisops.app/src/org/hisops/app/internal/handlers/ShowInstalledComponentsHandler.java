package org.hisops.app.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.hisops.app.internal.parts.CapabilityParts;

/** View > Installed Components: one such part, in the main stack. */
public class ShowInstalledComponentsHandler {

    static final String DESCRIPTOR = "org.hisops.app.partdescriptor.installed";

    @Execute
    void execute(EPartService partService, EModelService modelService, MApplication application) {
        MPart part = partService.findPart(DESCRIPTOR);
        if (part == null) {
            part = partService.createPart(DESCRIPTOR);
            MPartStack stack = (MPartStack) modelService.find(CapabilityParts.MAIN_STACK, application);
            if (stack != null) {
                stack.getChildren().add(part);
            }
        }
        partService.showPart(part, PartState.ACTIVATE);
    }
}
