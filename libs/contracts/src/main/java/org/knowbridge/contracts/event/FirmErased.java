package org.knowbridge.contracts.event;

/** The data of FirmErased: only the id, since everything else about the firm is gone. */
public record FirmErased(String firmId) {}
