package org.knowbridge.recommendations;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.knowbridge.common.testing.PlatformEndpointsContract;
import org.knowbridge.common.testing.RealStackResource;

@QuarkusTest
@WithTestResource(RealStackResource.class)
class PlatformEndpointsTest extends PlatformEndpointsContract {
}
