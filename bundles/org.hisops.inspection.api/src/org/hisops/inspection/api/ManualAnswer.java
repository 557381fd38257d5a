package org.hisops.inspection.api;

import java.time.Instant;
import java.util.Objects;

/**
 * What the inspector entered for a manual item.
 *
 * @param itemId the item
 * @param value VALUE items: the measured value; else {@code null}
 * @param passed PASS_FAIL items: the verdict; VALUE items: whether the value is within range (set by the service)
 * @param note the inspector's remark, may be empty
 * @param answeredAt when it was entered (set by the service)
 */
public record ManualAnswer(String itemId, Double value, Boolean passed, String note, Instant answeredAt) {

    public ManualAnswer {
        Objects.requireNonNull(itemId, "itemId");
        note = note == null ? "" : note;
    }

    public static ManualAnswer value(String itemId, double value, String note) {
        return new ManualAnswer(itemId, value, null, note, null);
    }

    public static ManualAnswer passFail(String itemId, boolean passed, String note) {
        return new ManualAnswer(itemId, null, passed, note, null);
    }
}
