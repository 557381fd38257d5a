package org.hisops.report;

import java.io.IOException;

/** A report could not be written as asked; {@link #code()} is a translation key for the user's message. */
public class ReportException extends IOException {

    private static final long serialVersionUID = 1L;

    /** No font with the report's characters was found. */
    public static final String NO_FONT = "report.error.font";

    private final String code;

    public ReportException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
