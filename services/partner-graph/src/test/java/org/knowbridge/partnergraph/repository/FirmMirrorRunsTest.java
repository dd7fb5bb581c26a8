package org.knowbridge.partnergraph.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.partnergraph.domain.FirmChange;
import org.knowbridge.partnergraph.domain.Organisation;

/** How a polled batch of firm changes is cut into runs written with one statement each, keeping each firm's order. */
class FirmMirrorRunsTest {

    private static FirmChange upsert(String key) {
        return FirmChange.upsert(
                new Organisation(key, key, "FI", OrganisationType.COMPANY, true, null),
                null,
                null,
                List.of(),
                "PUBLISHED",
                true,
                null,
                null);
    }

    private static List<List<String>> keys(List<List<FirmChange>> runs) {
        return runs.stream()
                .map(run -> run.stream()
                        .map(c -> (c.firm() == null ? "erase " : "") + c.key())
                        .toList())
                .toList();
    }

    @Test
    void firmsNamedOnceGoInOneRun() {
        assertEquals(
                List.of(List.of("a", "b", "c")),
                keys(FirmMirrorRepository.runs(List.of(upsert("a"), upsert("b"), upsert("c")))));
    }

    @Test
    void aFirmsSecondChangeStartsTheNextRunSoItIsWrittenAfterItsFirst() {
        assertEquals(
                List.of(List.of("a", "b"), List.of("a", "c"), List.of("c")),
                keys(FirmMirrorRepository.runs(
                        List.of(upsert("a"), upsert("b"), upsert("a"), upsert("c"), upsert("c")))));
    }

    @Test
    void anErasureIsARunOfItsOwnBetweenTheChangesBeforeAndAfterIt() {
        assertEquals(
                List.of(List.of("a"), List.of("erase a"), List.of("erase b"), List.of("a", "b")),
                keys(FirmMirrorRepository.runs(List.of(
                        upsert("a"),
                        FirmChange.erase("a", null),
                        FirmChange.erase("b", null),
                        upsert("a"),
                        upsert("b")))));
    }
}
