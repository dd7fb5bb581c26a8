package org.knowbridge.introductions;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.knowbridge.platform.testing.PlatformEndpointsContract;
import org.knowbridge.platform.testing.RealStackResource;

@QuarkusTest
@WithTestResource(RealStackResource.class)
class PlatformEndpointsTest extends PlatformEndpointsContract {}
