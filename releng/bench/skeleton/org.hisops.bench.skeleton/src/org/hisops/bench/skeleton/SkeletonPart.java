package org.hisops.bench.skeleton;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The one part of the baseline application. */
public class SkeletonPart {

    @PostConstruct
    void create(Composite parent) {
        new Label(parent, SWT.NONE).setText("skeleton");
    }
}
