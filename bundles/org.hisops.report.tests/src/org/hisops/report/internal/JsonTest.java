package org.hisops.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.hisops.report.Json;
import org.junit.jupiter.api.Test;

/** The JSON writer: member order kept, strings escaped (quotes, control characters, Chinese kept as is). */
class JsonTest {

    enum Kind {
        TABLE
    }

    @Test
    void writesObjectsInTheOrderTheyWereBuilt() {
        Json.Obj o = Json.object().put("name", "HIS.\"ORDERS\"\n\t医嘱").put("bytes", 42949672960L)
                .put("ratio", 0.5).put("nan", Double.NaN).put("ok", true).put("none", null).put("kind", Kind.TABLE)
                .put("at", Instant.parse("2024-10-21T09:44:15Z"))
                .put("items", Arrays.asList(1, "a\u0001", Json.object().put("x", List.of())));
        assertEquals("{\"name\":\"HIS.\\\"ORDERS\\\"\\n\\t医嘱\",\"bytes\":42949672960,\"ratio\":0.5,\"nan\":null,"
                + "\"ok\":true,\"none\":null,\"kind\":\"TABLE\",\"at\":\"2024-10-21T09:44:15Z\","
                + "\"items\":[1,\"a\\u0001\",{\"x\":[]}]}", o.toString());
        assertEquals("{\"l\":[{\"v\":1},{\"v\":2}]}", Json.object().list("l", List.of(1, 2), i -> Json.object().put("v", i)).toString());
    }
}
