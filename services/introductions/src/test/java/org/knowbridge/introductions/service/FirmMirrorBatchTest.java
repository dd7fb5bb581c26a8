package org.knowbridge.introductions.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.FirmSnapshot;
import org.knowbridge.introductions.TestFirms;
import org.knowbridge.introductions.service.FirmMirrorService.FirmState;
import org.knowbridge.platform.testing.RealStackResource;

/**
 * A polled batch of firm events is applied in one transaction: every firm in it is mirrored, and a firm whose
 * events the batch holds twice (registered, then renamed) ends as its last state, as when they came one by one.
 */
@QuarkusTest
@WithTestResource(RealStackResource.class)
class FirmMirrorBatchTest {

    @Inject
    FirmMirrorService mirror;

    @Test
    void aBatchMirrorsEveryFirmAsItsLastStateInTheBatch() throws Throwable {
        String renamed = UUID.randomUUID().toString();
        List<FirmState> batch = new ArrayList<>();
        batch.add(state(renamed, "Batch Sensors Oy"));
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            others.add(UUID.randomUUID().toString());
            batch.add(state(others.get(i), "Batch Firm " + i + " AB"));
        }
        batch.add(state(renamed, "Batch Sensors Renamed Oy"));

        VertxContextSupport.subscribeAndAwait(() -> mirror.upsertAll(batch));

        assertEquals("Batch Sensors Renamed Oy", legalName(renamed));
        for (int i = 0; i < others.size(); i++) {
            assertEquals("Batch Firm " + i + " AB", legalName(others.get(i)));
        }
    }

    private static FirmState state(String id, String legalName) {
        return new FirmState(
                new FirmSnapshot(
                        id,
                        legalName,
                        "FI",
                        null,
                        null,
                        "PUBLISHED",
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        true,
                        TestFirms.DEMO_AGENCY_ORG,
                        null,
                        null),
                "FI");
    }

    private static String legalName(String id) throws SQLException {
        try (Connection connection = TestFirms.database();
                PreparedStatement query = connection.prepareStatement("select legal_name from firm where id = ?")) {
            query.setString(1, id);
            try (ResultSet found = query.executeQuery()) {
                return found.next() ? found.getString(1) : null;
            }
        }
    }
}
