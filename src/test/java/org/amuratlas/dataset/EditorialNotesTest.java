package org.amuratlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.amuratlas.dataset.EditorialNotes.GrowthNote;
import org.amuratlas.dataset.EditorialNotes.SumNote;
import org.junit.jupiter.api.Test;

/** The two note forms that excuse a cell from a check are read with their figures; other notes excuse nothing. */
class EditorialNotesTest {

    @Test
    void aGrowthNoteStatesBothValuesTheComputedAndThePrintedRate() {
        GrowthNote note = GrowthNote.in("Editorial note: the printed growth rate does not follow from the printed "
                + "values: 161.5 (2012) to 154.5 (2013) is -4.3%, not −3.3%. Kept as printed.").orElseThrow();
        assertEquals(new GrowthNote(new BigDecimal("161.5"), 2012, new BigDecimal("154.5"), 2013,
                new BigDecimal("-4.3"), new BigDecimal("-3.3")), note);
        GrowthNote rise = GrowthNote.in("the printed growth rate does not follow from the printed values: 31.9 (2010) "
                + "to 146.4 (2011) is +358.9%, not +360.0%").orElseThrow();
        assertEquals(0, rise.computed().compareTo(new BigDecimal("358.9")));
        assertEquals(0, rise.printed().compareTo(new BigDecimal("360")));
    }

    @Test
    void aSumNoteStatesExportsImportsTheirSumAndThePrintedTotal() {
        assertEquals(new SumNote(new BigDecimal("89.3"), new BigDecimal("143.5"), new BigDecimal("232.8"),
                new BigDecimal("232.6")), SumNote.in("Editorial note: exports (89.3) plus imports (143.5) make 232.8, "
                        + "not the printed total of 232.6. Kept as printed.").orElseThrow());
    }

    @Test
    void anyOtherNoteIsNoExcuse() {
        for (String note : new String[] {null, "", "Editorial note: kept as printed.",
                "The printed growth rate is odd: 1 (2010) to 2 (2011).",
                "exports plus imports make the total", "Printed as daily supplies: see the unit note."}) {
            assertTrue(GrowthNote.in(note).isEmpty(), String.valueOf(note));
            assertTrue(SumNote.in(note).isEmpty(), String.valueOf(note));
        }
    }
}
