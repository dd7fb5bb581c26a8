package org.knowbridge.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowbridge.portal.domain.ForeignCollaboration.Group;

class ForeignCollaborationTest {

    @Test
    void aCountrysSectorsAddUpAndTheCountriesWithMostSmesComeFirst() {
        ForeignCollaboration indicators = new ForeignCollaboration(
                group(null, 14, 7),
                List.of(group("DE", 2, 2), group("FI", 4, 1), group("FI", 6, 3), group("DE", 1, 0), group(null, 1, 1)));

        List<Group> countries = indicators.byCountry();

        assertEquals(
                List.of("FI", "DE"),
                countries.stream().limit(2).map(Group::country).toList());
        assertEquals(10, countries.get(0).smeFirms());
        assertEquals(4, countries.get(0).withForeignCollaboration());
        assertEquals(0.4, countries.get(0).share(), 1e-9);
        assertEquals(2.0 / 3, countries.get(1).share(), 1e-9);
        assertEquals(null, countries.get(2).country(), "SMEs whose country is not known come as their own row");
    }

    private static Group group(String country, long smes, long withForeign) {
        return new Group(country, smes, withForeign, (double) withForeign / smes, List.of(), List.of());
    }
}
