package org.knowbridge.introductions;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.knowbridge.platform.testing.AbuseLimitsContract;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.platform.testing.LowWriteRateLimit;
import org.knowbridge.platform.testing.RealStackResource;

@QuarkusTest
@TestProfile(LowWriteRateLimit.class)
@WithTestResource(RealStackResource.class)
class AbuseLimitsTest extends AbuseLimitsContract {

    @Override
    protected JsonWrite jsonWrite() {
        return new JsonWrite("PUT", "/api/v1/partners/me", DemoUsers.PARTNER);
    }

    @Override
    protected String itemPath(String id) {
        return "/api/v1/introductions/" + id;
    }

    @Override
    protected String itemTemplate() {
        return "/api/v1/introductions/{id}";
    }
}
