package org.knowbridge.firmprofiles.event;

import java.util.UUID;

/** The data of FirmErased: only the id, since everything else about the firm is gone. */
public record FirmErasure(UUID firmId) {
}
