package org.hisops.inspection.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.hisops.inspection.api.Checklist;
import org.hisops.inspection.api.ChecklistProblem;
import org.hisops.inspection.api.ChecklistProvider;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/** HisOps' own daily and monthly lists: the files {@code checklists/*.checklist} of this bundle. */
@Component
public class HisOpsChecklists implements ChecklistProvider {

    static final String ID = "org.hisops.inspection";

    private final List<Checklist> lists = new ArrayList<>();
    private final List<ChecklistProblem> problems = new ArrayList<>();

    @Activate
    public HisOpsChecklists(@Reference(service = LoggerFactory.class) Logger logger,
            org.osgi.framework.BundleContext context) {
        read(context.getBundle(), ID, lists, problems, logger);
    }

    /** Reads every {@code checklists/*.checklist} file of a bundle (also a vendor's, through its own provider). */
    static void read(Bundle bundle, String providerId, List<Checklist> into, List<ChecklistProblem> problems,
            Logger logger) {
        Enumeration<URL> files = bundle.findEntries("checklists", "*.checklist", false);
        List<URL> sorted = files == null ? List.of() : Collections.list(files);
        for (URL url : sorted.stream().sorted((a, b) -> a.getPath().compareTo(b.getPath())).toList()) {
            String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                into.add(ChecklistFile.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), providerId));
            } catch (ChecklistFile.Malformed e) {
                logger.warn("Checklist file {} of {} is malformed and was left out: {}", name,
                        bundle.getSymbolicName(), e.getMessage());
                problems.add(e.problem);
            } catch (IOException e) {
                logger.warn("Checklist file {} of {} cannot be read: {}", name, bundle.getSymbolicName(),
                        e.getMessage());
                problems.add(new ChecklistProblem(name, "problem.unreadable", List.of(name, String.valueOf(e
                        .getMessage()))));
            }
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Checklist> checklists() {
        return List.copyOf(lists);
    }

    @Override
    public List<ChecklistProblem> problems() {
        return List.copyOf(problems);
    }
}
