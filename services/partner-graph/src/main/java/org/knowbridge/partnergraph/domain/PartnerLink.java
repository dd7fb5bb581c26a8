package org.knowbridge.partnergraph.domain;

import java.util.List;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.PartnerKind;

/**
 * A partner in an organisation's neighbourhood and how they are linked: the kinds the partner was, the
 * channels used, the years, and how many collaborations or joint projects link them.
 */
public record PartnerLink(
        Organisation partner,
        List<PartnerKind> partnerKinds,
        List<KnowledgeChannel> channels,
        int firstYear,
        int lastYear,
        long links) {}
