package org.hisops.assessment.data.api;

import org.hisops.report.Json;

/** A wait event's cumulative (in a snapshot) or interval (in a baseline) figures. */
public record WaitFigure(String event, String waitClass, long waits, long microseconds) {

    public Json.Obj toJson() {
        return Json.object().put("event", event).put("waitClass", waitClass).put("waits", waits)
                .put("microseconds", microseconds);
    }
}
