package org.hisops.app.internal.parts;

import java.text.Collator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hisops.platform.api.CapabilityCategory;
import org.hisops.platform.api.CapabilityEntry;

/** The navigator's tree: categories in their declared order, capabilities by localised name within each. */
public final class NavigatorModel {

    /** One navigator group. */
    public record Group(CapabilityCategory category, List<CapabilityEntry> entries) {
    }

    private NavigatorModel() {
    }

    public static List<Group> group(List<CapabilityEntry> capabilities, Locale locale) {
        Map<CapabilityCategory, List<CapabilityEntry>> byCategory = new EnumMap<>(CapabilityCategory.class);
        for (CapabilityEntry entry : capabilities) {
            byCategory.computeIfAbsent(entry.category(), c -> new ArrayList<>()).add(entry);
        }
        Collator collator = Collator.getInstance(locale);
        List<Group> groups = new ArrayList<>();
        byCategory.forEach((category, entries) -> {
            entries.sort((a, b) -> collator.compare(a.name(locale), b.name(locale)));
            groups.add(new Group(category, List.copyOf(entries)));
        });
        return List.copyOf(groups);
    }
}
