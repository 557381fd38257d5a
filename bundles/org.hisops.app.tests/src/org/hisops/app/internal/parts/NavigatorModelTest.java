package org.hisops.app.internal.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.hisops.platform.api.CapabilityCategory;
import org.hisops.platform.api.CapabilityEntry;
import org.junit.jupiter.api.Test;

/** Navigator groups come in the categories' declared order; entries by localised name within a group. */
class NavigatorModelTest {

    private static CapabilityEntry entry(String id, CapabilityCategory category) {
        return new CapabilityEntry(id, category, 1, "b", null, "failed");
    }

    @Test
    void groupsFollowTheCategoryOrderAndEmptyCategoriesAreLeftOut() {
        List<NavigatorModel.Group> groups = NavigatorModel.group(List.of(entry("z.admin", CapabilityCategory.ADMINISTRATION),
                entry("b.assess", CapabilityCategory.ASSESSMENT), entry("a.assess", CapabilityCategory.ASSESSMENT),
                entry("x.ha", CapabilityCategory.HIGH_AVAILABILITY)), Locale.ENGLISH);
        assertEquals(List.of(CapabilityCategory.ASSESSMENT, CapabilityCategory.HIGH_AVAILABILITY,
                CapabilityCategory.ADMINISTRATION), groups.stream().map(NavigatorModel.Group::category).toList());
        assertEquals(List.of("a.assess", "b.assess"), groups.get(0).entries().stream().map(CapabilityEntry::id).toList());
    }

    @Test
    void noCapabilitiesNoGroups() {
        assertEquals(List.of(), NavigatorModel.group(List.of(), Locale.CHINA));
    }
}
