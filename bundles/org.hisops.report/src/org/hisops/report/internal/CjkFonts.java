package org.hisops.report.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a CJK font is looked for: the system property {@value #PROPERTY} first, then the fonts that Debian/Ubuntu,
 * Kylin/UOS and hospital Windows desktops ship. TrueType outlines only (PDFBox embeds and subsets those as
 * Type 0/CIDFontType2); the CFF-based Noto CJK .ttc files are listed last because they are OpenType/CFF.
 */
final class CjkFonts {

    static final String PROPERTY = "hisops.report.font";

    private static final List<String> KNOWN = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "C:/Windows/Fonts/simhei.ttf",
            "C:/Windows/Fonts/simsun.ttc",
            "C:/Windows/Fonts/msyh.ttc");

    private CjkFonts() {
    }

    /** Existing candidates, in order of preference. */
    static List<Path> candidates() {
        List<Path> found = new ArrayList<>();
        String chosen = System.getProperty(PROPERTY);
        if (chosen != null && !chosen.isBlank() && Files.isRegularFile(Path.of(chosen))) {
            found.add(Path.of(chosen));
        }
        for (String known : KNOWN) {
            Path p = Path.of(known);
            if (Files.isRegularFile(p)) {
                found.add(p);
            }
        }
        return found;
    }
}
