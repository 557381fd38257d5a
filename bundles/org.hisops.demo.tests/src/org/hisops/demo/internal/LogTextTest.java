package org.hisops.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.hisops.db.postgres.embedded.EmbeddedPostgresException;
import org.junit.jupiter.api.Test;

/** Passwords never reach the log, whatever statement or connection string carried them. */
class LogTextTest {

    @Test
    void quotedPasswordsInStatementsAreBlottedOut() {
        assertEquals("'primary' failed: CREATE ROLE \"hisops\" LOGIN PASSWORD '***': role exists", LogText.redact(
                "'primary' failed: CREATE ROLE \"hisops\" LOGIN PASSWORD 'hisops-demo': role exists"));
        assertEquals("ALTER ROLE r PASSWORD '***'", LogText.redact("ALTER ROLE r PASSWORD 'it''s secret'"));
    }

    @Test
    void keyValuePasswordsAreBlottedOut() {
        assertEquals("host=127.0.0.1 port=1 user=r password=*** application_name=s",
                LogText.redact("host=127.0.0.1 port=1 user=r password=0a1b2c application_name=s"));
        assertEquals("primary_conninfo = 'host=h password=***'",
                LogText.redact("primary_conninfo = 'host=h password=0a1b2c'"));
    }

    @Test
    void causesAreIncludedAndRedacted() {
        Exception e = new RuntimeException("outer", new EmbeddedPostgresException("SET x; ALTER ROLE r PASSWORD 'abc'"));
        String text = LogText.of(e);
        assertFalse(text.contains("abc"), text);
        assertEquals(true, text.contains("outer") && text.contains("caused by: EmbeddedPostgresException"));
    }
}
