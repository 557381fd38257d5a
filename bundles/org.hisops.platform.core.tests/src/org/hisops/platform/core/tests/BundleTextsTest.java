package org.hisops.platform.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.CapabilityCategory;
import org.hisops.platform.api.Site;
import org.junit.jupiter.api.Test;

/** Translations come from the bundle's OSGI-INF/l10n files, most specific locale first. */
class BundleTextsTest {

    private final BundleTexts api = BundleTexts.of(CapabilityCategory.class);

    @Test
    void chineseWhenAskedForChinese() {
        assertEquals("\u5de1\u68c0", api.text(Locale.SIMPLIFIED_CHINESE, CapabilityCategory.INSPECTION.nameKey(), "?"));
        assertEquals("\u6f14\u793a\u533b\u9662", new Site(Site.DEMO_ID, null, "site.demo.name").displayName(Locale.CHINA));
    }

    @Test
    void englishForEnglishAndForLanguagesWithoutTranslation() {
        assertEquals("Inspection", api.text(Locale.ENGLISH, CapabilityCategory.INSPECTION.nameKey(), "?"));
        assertEquals("Inspection", api.text(Locale.GERMAN, CapabilityCategory.INSPECTION.nameKey(), "?"));
        assertEquals("Demo Hospital", new Site(Site.DEMO_ID, null, "site.demo.name").displayName(Locale.ENGLISH));
    }

    @Test
    void theFallbackForAnUnknownKey() {
        assertEquals("fallback", api.text(Locale.CHINA, "no.such.key", "fallback"));
    }

    @Test
    void argumentsAreFilledIn() {
        assertEquals("a 3", BundleTexts.of(BundleTextsTest.class).format(Locale.ENGLISH, "{0} {1}", "a", 3));
    }

    @Test
    void aSiteNamedByAnAdministratorKeepsItsName() {
        assertEquals("\u6d59\u6c5f\u7701\u4eba\u6c11\u533b\u9662 \u671d\u6656\u9662\u533a",
                new Site("zj-zh", "\u6d59\u6c5f\u7701\u4eba\u6c11\u533b\u9662 \u671d\u6656\u9662\u533a", null)
                        .displayName(Locale.ENGLISH));
    }
}
