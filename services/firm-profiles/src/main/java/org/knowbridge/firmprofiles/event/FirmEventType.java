package org.knowbridge.firmprofiles.event;

/** The events of topic {@code knowbridge.firms.v1}; each has its JSON Schema in {@code api-specs/events/}. */
public enum FirmEventType {
    FirmRegistered,
    FirmUpdated,
    FirmPublished,
    FirmErased
}
