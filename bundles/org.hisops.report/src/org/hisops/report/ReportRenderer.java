package org.hisops.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Renders a {@link Report}. Blocks the caller for the time it takes: never on the UI thread. */
@ProviderType
public interface ReportRenderer {

    /** A self-contained HTML page (UTF-8, styles inline, no scripts). */
    void html(Report report, Writer out) throws IOException;

    /**
     * A PDF (A4) with a CJK font embedded (subset), so Chinese text shows on any reader.
     *
     * @throws ReportException when no installed font covers every character of the report (it names the first
     *         missing character and the fonts tried), so no box or question mark is ever printed
     */
    void pdf(Report report, OutputStream out) throws IOException;

    /** The font file the PDF would embed, if one is found. */
    Optional<Path> font();
}
