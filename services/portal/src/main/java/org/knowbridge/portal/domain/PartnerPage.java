package org.knowbridge.portal.domain;

import java.util.List;

/** An organisation's partners as partner-graph lists them (PartnerPage), the fields its page shows. */
public record PartnerPage(List<Link> items, String nextCursor) {

    public PartnerPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One partner: who it is, what it is to the organisation, through which channels, over which years. */
    public record Link(
            Organisation partner,
            List<String> partnerKinds,
            List<String> channels,
            Integer firstYear,
            Integer lastYear,
            long links) {

        public Link {
            partnerKinds = partnerKinds == null ? List.of() : List.copyOf(partnerKinds);
            channels = channels == null ? List.of() : List.copyOf(channels);
        }
    }
}
