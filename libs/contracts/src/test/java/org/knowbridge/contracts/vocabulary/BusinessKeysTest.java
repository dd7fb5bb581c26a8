package org.knowbridge.contracts.vocabulary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BusinessKeysTest {

    @Test
    void firmIdsOrgIdsAndSourceQualifiedIdsAreKeys() {
        assertTrue(BusinessKeys.isKey("cordis:999908587"));
        assertTrue(BusinessKeys.isKey("0b6f6c1e-3f3a-4d57-9a43-1d2c3f4e5a6b"));
        assertTrue(BusinessKeys.isKey("agency-fi_1.2"));
        assertTrue(BusinessKeys.isKey("a".repeat(100)));
    }

    @Test
    void aSlashIsAllowedInsideAKey() {
        assertTrue(BusinessKeys.isKey("ytj:1234567-8/2024"));
        assertFalse(BusinessKeys.isKey("/leading-slash"));
    }

    @Test
    void otherShapesAreNotKeys() {
        for (String notAKey : new String[] {null, "", " a", "a b", "-a", "a#b", "ä", "a".repeat(101)}) {
            assertFalse(BusinessKeys.isKey(notAKey), notAKey);
        }
    }

    @Test
    void theConstraintAcceptsKeysAndNull() {
        BusinessKey.Validator validator = new BusinessKey.Validator();
        assertTrue(validator.isValid(null, null));
        assertTrue(validator.isValid("cordis:1/2", null));
        assertFalse(validator.isValid("a b", null));
    }
}
