package org.knowbridge.introductions;

import org.junit.jupiter.api.Test;
import org.knowbridge.platform.testing.Layers;

class ArchitectureTest {

    @Test
    void packagesAreLayeredWithoutCycles() {
        Layers.assertHold("org.knowbridge.introductions");
    }
}
