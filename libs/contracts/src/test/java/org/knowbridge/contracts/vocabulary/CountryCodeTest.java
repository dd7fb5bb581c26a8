package org.knowbridge.contracts.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountryCodeTest {

    @Test
    void isoCodesInAnyCaseBecomeUpperCase() {
        assertEquals(Optional.of("FI"), CountryCode.normalise("FI"));
        assertEquals(Optional.of("FI"), CountryCode.normalise("fi"));
        assertEquals(Optional.of("DE"), CountryCode.normalise(" De "));
    }

    @Test
    void kosovoIsACountry() {
        assertEquals(Optional.of("XK"), CountryCode.normalise("XK"));
        assertEquals(Optional.of("XK"), CountryCode.normalise("xk"));
    }

    @Test
    void theEuCodesForGreeceAndTheUnitedKingdomBecomeIso() {
        assertEquals(Optional.of("GR"), CountryCode.normalise("EL"));
        assertEquals(Optional.of("GR"), CountryCode.normalise("el"));
        assertEquals(Optional.of("GR"), CountryCode.normalise("GR"));
        assertEquals(Optional.of("GB"), CountryCode.normalise("UK"));
        assertEquals(Optional.of("GB"), CountryCode.normalise("uk"));
        assertEquals(Optional.of("GB"), CountryCode.normalise("GB"));
    }

    @Test
    void anythingElseIsNoCountry() {
        for (String notACountry : new String[] {null, "", "  ", "QQ", "XX", "F", "FIN", "Finland", "1A"}) {
            assertEquals(Optional.empty(), CountryCode.normalise(notACountry), notACountry);
            assertFalse(CountryCode.isCountry(notACountry), notACountry);
        }
    }

    @Test
    void ofNormalisesOrSaysWhatIsWrong() {
        assertEquals("GR", CountryCode.of("el"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CountryCode.of("QQ"));
        assertEquals("'QQ' is not a country code", e.getMessage());
    }

    @Test
    void theConstraintAcceptsWhatNormaliseAcceptsAndNull() {
        Country.Validator validator = new Country.Validator();
        assertTrue(validator.isValid(null, null));
        assertTrue(validator.isValid("fi", null));
        assertTrue(validator.isValid("EL", null));
        assertTrue(validator.isValid("XK", null));
        assertFalse(validator.isValid("QQ", null));
        assertFalse(validator.isValid("", null));
    }

    @Test
    void englishNamesCoverTheEuropeanCodesAndKosovo() {
        assertEquals("Greece", CountryCode.englishName("EL"));
        assertEquals("Greece", CountryCode.englishName("GR"));
        assertEquals("United Kingdom", CountryCode.englishName("UK"));
        assertEquals("Finland", CountryCode.englishName("fi"));
        assertEquals("Kosovo", CountryCode.englishName("XK"));
        assertEquals("an unknown country", CountryCode.englishName(""));
    }
}
