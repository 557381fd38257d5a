package org.hisops.product.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Capability bundles for product tests and benchmarks: a manifest and component descriptions whose classes come
 * from the probe's fixtures package, so a test can make as many distinct capability bundles as it needs.
 */
final class ProbeBundles {

    /** What one generated bundle declares. */
    record Spec(String symbolicName, String version, String capabilityId, String name, String category,
            boolean failActivation, boolean withView, boolean viewFails) {

        static Spec capability(String symbolicName, String capabilityId, String name) {
            return new Spec(symbolicName, "1.0.0", capabilityId, name, "INSPECTION", false, true, false);
        }

        Spec version(String v) {
            return new Spec(symbolicName, v, capabilityId, name, category, failActivation, withView, viewFails);
        }

        Spec named(String n) {
            return new Spec(symbolicName, version, capabilityId, n, category, failActivation, withView, viewFails);
        }

        Spec failingActivation() {
            return new Spec(symbolicName, version, capabilityId, name, category, true, withView, viewFails);
        }

        Spec failingView() {
            return new Spec(symbolicName, version, capabilityId, name, category, failActivation, true, true);
        }
    }

    private ProbeBundles() {
    }

    static Path write(Path directory, Spec spec) throws IOException {
        Files.createDirectories(directory);
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", spec.symbolicName());
        main.putValue("Bundle-Version", spec.version());
        main.putValue("Bundle-Vendor", "HisOps product test");
        main.putValue("Import-Package", "org.hisops.platform.api,org.hisops.platform.ui,org.hisops.testprobe.ui.fixtures");
        main.putValue("Service-Component", spec.withView() ? "OSGI-INF/capability.xml,OSGI-INF/view.xml"
                : "OSGI-INF/capability.xml");
        String properties = property("hisops.capability.id", "String", spec.capabilityId())
                + property("fixture.name", "String", spec.name()) + property("fixture.category", "String", spec.category())
                + property("fixture.version", "String", spec.version())
                + property("fixture.fail", "Boolean", Boolean.toString(spec.failActivation()))
                + property("fixture.view.fail", "Boolean", Boolean.toString(spec.viewFails()));
        String capability = component(spec.symbolicName() + ".capability", "org.hisops.testprobe.ui.fixtures.FixtureCapability",
                "org.hisops.platform.api.Capability", "", properties);
        String view = component(spec.symbolicName() + ".view", "org.hisops.testprobe.ui.fixtures.FixtureView",
                "org.hisops.platform.ui.CapabilityView", " scope=\"prototype\"", properties);
        Path jar = directory.resolve(spec.symbolicName() + "_" + spec.version() + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            entry(j, "OSGI-INF/capability.xml", capability);
            if (spec.withView()) {
                entry(j, "OSGI-INF/view.xml", view);
            }
        }
        return jar;
    }

    private static String component(String name, String implementation, String service, String scope, String properties) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + name + "\" activate=\"activate\">\n"
                + "  <implementation class=\"" + implementation + "\"/>\n"
                + "  <service" + scope + "><provide interface=\"" + service + "\"/></service>\n" + properties
                + "</scr:component>\n";
    }

    private static String property(String name, String type, String value) {
        return "  <property name=\"" + name + "\" type=\"" + type + "\" value=\"" + value + "\"/>\n";
    }

    private static void entry(JarOutputStream jar, String name, String text) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(text.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }
}
