package org.hisops.inspection.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hisops.checks.api.Stage;
import org.hisops.db.api.Engine;
import org.hisops.inspection.api.Checklist;
import org.hisops.inspection.api.ChecklistItem;
import org.hisops.inspection.api.ChecklistProvider;
import org.hisops.inspection.api.Inspections;
import org.hisops.inspection.api.ItemKind;
import org.junit.jupiter.api.Test;

/** The checklist files: HisOps' own lists read completely, malformed ones refused with file and line. */
class ChecklistFileTest {

    @Test
    void theShippedListsAreReadWithTheirItemsAndTexts() throws Exception {
        Inspections inspections = Services.get(Inspections.class);
        for (int i = 0; i < 100 && inspections.checklists().size() < 3; i++) {
            Thread.sleep(20);
        }
        Checklist monthly = inspections.checklist("inspection.oracle.monthly").orElseThrow();
        assertEquals(Stage.MONTHLY, monthly.stage());
        assertEquals(Set.of(Engine.ORACLE), monthly.engines());
        assertEquals(16, monthly.checks().size());
        assertEquals(8, monthly.manualItems().size());
        assertEquals(ItemKind.PASS_FAIL, monthly.items().stream().filter(i -> i.id().equals("alert.log")).findFirst()
                .orElseThrow().kind());
        ChecklistItem temperature = monthly.items().stream().filter(i -> i.id().equals("room.temperature"))
                .findFirst().orElseThrow();
        assertEquals(ItemKind.VALUE, temperature.kind());
        assertEquals("\u00b0C", temperature.unit());
        assertEquals(18.0, temperature.minimum());
        assertEquals(27.0, temperature.maximum());
        assertTrue(temperature.accepts(24.5));
        assertTrue(!temperature.accepts(31));
        ChecklistItem runtime = monthly.items().stream().filter(i -> i.id().equals("ups.runtime")).findFirst()
                .orElseThrow();
        assertNull(runtime.maximum());
        assertEquals(Stage.DAILY, inspections.checklist("inspection.oracle.daily").orElseThrow().stage());
        assertEquals(Set.of(Engine.POSTGRESQL, Engine.KINGBASE),
                inspections.checklist("inspection.postgresql.monthly").orElseThrow().engines());
        // every line names an installed check, and every text exists in both languages
        assertEquals(List.of(), inspections.problems());
        ChecklistProvider provider = Services.get(ChecklistProvider.class);
        for (Checklist list : inspections.checklists()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                assertTrue(!provider.text(locale, list.nameKey()).equals(list.nameKey()), list.nameKey());
                for (ChecklistItem item : list.manualItems()) {
                    assertTrue(!provider.text(locale, item.textKey()).equals(item.textKey()), item.textKey());
                }
            }
        }
        assertEquals("Oracle \u6708\u5ea6\u5de1\u68c0", provider.text(Locale.SIMPLIFIED_CHINESE, monthly.nameKey()));
    }

    @Test
    void aMalformedFileIsRefusedWithItsLine() {
        String good = "id = x\nname = n\nstage = DAILY\nengines = ORACLE\n";
        assertEquals(List.of("f.checklist", "5", "check only-one-word"), assertThrows(ChecklistFile.Malformed.class,
                () -> ChecklistFile.parse("f.checklist", good + "check only-one-word\n", "p")).problem.arguments());
        assertEquals("5", assertThrows(ChecklistFile.Malformed.class,
                () -> ChecklistFile.parse("f.checklist", good + "value t \u00b0C cold 27\n", "p")).problem
                        .arguments().get(1));
        assertEquals("3", assertThrows(ChecklistFile.Malformed.class,
                () -> ChecklistFile.parse("f.checklist", "id = x\nname = n\nstage = WEEKLY\n", "p")).problem
                        .arguments().get(1));
        assertEquals("6", assertThrows(ChecklistFile.Malformed.class,
                () -> ChecklistFile.parse("f.checklist", good + "passfail a\npassfail a\n", "p")).problem
                        .arguments().get(1));
        assertEquals("problem.malformed", assertThrows(ChecklistFile.Malformed.class,
                () -> ChecklistFile.parse("f.checklist", "# nothing\n", "p")).problem.key());
    }
}
