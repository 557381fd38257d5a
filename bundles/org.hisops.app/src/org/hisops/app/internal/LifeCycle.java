package org.hisops.app.internal;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.SideValue;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimBar;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.Image;

import org.hisops.app.internal.status.SiteBar;

/** Start-up hooks of the HisOps product. */
public class LifeCycle {

    @PostContextCreate
    void postContextCreate() {
        // The database layer refuses to block this thread (see DatabaseSessions.UI_THREAD_PROPERTY).
        System.setProperty("hisops.ui.thread.id", Long.toString(Thread.currentThread().threadId()));
        // Dialogs (About, confirmations) carry the product icon like the main window does.
        Image[] images = new Image[] { image("icons/hisops16.png"), image("icons/hisops32.png"),
                image("icons/hisops48.png") };
        Window.setDefaultImages(images);
    }

    /**
     * e4 restores the window from the model it saved at the last exit, so model elements added in a later release
     * are missing there. The site bar must always be visible: put it back if the restored model lacks it.
     */
    @ProcessAdditions
    void processAdditions(MApplication application, EModelService models) {
        MUIElement found = models.find(TOP_TRIM, application);
        if (found != null) {
            return;
        }
        if (models.find(MAIN_WINDOW, application) instanceof MTrimmedWindow window) {
            MTrimBar top = models.createModelElement(MTrimBar.class);
            top.setElementId(TOP_TRIM);
            top.setSide(SideValue.TOP);
            MToolControl bar = models.createModelElement(MToolControl.class);
            bar.setElementId("org.hisops.app.toolcontrol.site");
            bar.setContributionURI("bundleclass://org.hisops.app/" + SiteBar.class.getName());
            top.getChildren().add(bar);
            window.getTrimBars().add(0, top);
        }
    }

    private static final String MAIN_WINDOW = "org.hisops.app.window.main";
    private static final String TOP_TRIM = "org.hisops.app.trimbar.top";

    private static Image image(String path) {
        return ImageDescriptor.createFromURL(LifeCycle.class.getResource("/" + path)).createImage();
    }
}
