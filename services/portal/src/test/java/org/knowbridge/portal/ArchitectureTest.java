package org.knowbridge.portal;

import org.junit.jupiter.api.Test;
import org.knowbridge.platform.testing.Layers;

class ArchitectureTest {

    @Test
    void packagesAreLayeredWithoutCycles() {
        Layers.assertHold("org.knowbridge.portal");
    }
}
