package org.knowbridge.firmprofiles.rest;

import java.time.OffsetDateTime;

/** A GDPR export (Art. 15 and 20): everything the service holds about the firm, in a portable format. */
public record FirmExport(OffsetDateTime exportedAt, FirmView firm) {}
