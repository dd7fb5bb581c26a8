package org.knowbridge.partnergraph.domain;

import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.contracts.vocabulary.PartnerKind;

/**
 * Optional filters of a partner neighbourhood; null means any. Years select links active in the range. The kind
 * is what the partner is to the organisation; type and sme what the partner is.
 */
public record PartnerFilter(
        PartnerKind kind,
        KnowledgeChannel channel,
        String country,
        Integer fromYear,
        Integer toYear,
        OrganisationType type,
        Boolean sme) {}
