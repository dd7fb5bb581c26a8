package org.knowbridge.recommendations.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.recommendations.engine.ranking.FirmProfile;

/**
 * Term ids are handed out in the order areas are iterated; an order that changed from run to run made the
 * same data give slightly different scores and ties, so the offline figures moved between identical runs.
 */
class SortedSetsTest {

    private static final List<String> AREAS = List.of(
            "/natural sciences/physical sciences/optics",
            "/engineering and technology/environmental engineering",
            "/social sciences/economics and business",
            "/medical and health sciences/basic medicine/immunology",
            "/agricultural sciences/agriculture",
            "/humanities/history and archaeology",
            "/natural sciences/computer and information sciences",
            "/engineering and technology/materials engineering/composites");

    private static Set<String> reversedInput() {
        List<String> reversed = new ArrayList<>(AREAS);
        Collections.reverse(reversed);
        return new LinkedHashSet<>(reversed);
    }

    private static List<String> sorted() {
        return AREAS.stream().sorted().toList();
    }

    @Test
    void collaborationAreasIterateInSortedOrderWhateverTheInputOrder() {
        Collaboration c = new Collaboration(
                "p1",
                2021,
                KnowledgeChannel.PROJECT_EXCHANGE,
                Outcome.UNKNOWN,
                List.of(Participant.of("a"), Participant.of("b")),
                reversedInput(),
                "HORIZON-CL5-2021-D3-01-01",
                0);
        assertEquals(sorted(), List.copyOf(c.knowledgeAreas()));
    }

    @Test
    void organisationAndProfileAreasIterateInSortedOrder() {
        Organisation o = new Organisation("a", "A", "FI", OrganisationType.COMPANY, true, reversedInput());
        assertEquals(sorted(), List.copyOf(o.knowledgeAreas()));
        FirmProfile p = FirmProfile.of("FI").seeking(reversedInput());
        assertEquals(sorted(), List.copyOf(p.soughtAreas()));
    }

    @Test
    void copiesAreUnmodifiableSetsThatRejectNulls() {
        Set<String> copy = SortedSets.copyOf(AREAS);
        assertEquals(Set.copyOf(AREAS), copy);
        assertEquals(Set.copyOf(AREAS).hashCode(), copy.hashCode());
        assertTrue(copy.contains(AREAS.get(3)));
        assertFalse(copy.contains("/engineering and technology"));
        assertEquals(AREAS.size(), SortedSets.copyOf(reversedInput()).size());
        assertThrows(UnsupportedOperationException.class, () -> copy.add("/x"));
        assertThrows(UnsupportedOperationException.class, () -> {
            Iterator<String> it = copy.iterator();
            it.next();
            it.remove();
        });
        assertThrows(NullPointerException.class, () -> SortedSets.copyOf(Arrays.asList("/a", null)));
        assertTrue(SortedSets.copyOf(null).isEmpty());
    }
}
