package org.amuratlas.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every row of the translation table in import.sql is shown somewhere: none names a record, column or language
 * the atlas does not have (a typo would otherwise leave the English text in place without a word). */
@QuarkusTest
class TranslationRowsTest {

    @Inject
    Reads reads;

    @Test
    void everyTranslationRowNamesATextOfTheAtlas() {
        assertEquals(Set.of(), reads.unusedTranslations());
    }
}
