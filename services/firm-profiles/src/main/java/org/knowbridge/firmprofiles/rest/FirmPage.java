package org.knowbridge.firmprofiles.rest;

import java.util.List;

/** One page of a firm list; {@code nextCursor} is absent on the last page. */
public record FirmPage(List<FirmSummary> items, String nextCursor) {}
