package org.hisops.dataguard.api;

import java.time.Instant;

/**
 * One line of a drill's timeline.
 *
 * @param time when
 * @param key translation key of what happened ({@code drill.event.*})
 * @param detail figures or the server's answer, not translated (numbers, names); never a password
 * @since 1.1
 */
public record DrillEvent(Instant time, String key, String detail) {
}
