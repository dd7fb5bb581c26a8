package org.knowbridge.partnergraph.domain;

/** Optional filters of a partner neighbourhood; null means any. Years select links active in the range. */
public record PartnerFilter(PartnerKind kind, Channel channel, String country, Integer fromYear, Integer toYear) {
}
