package org.knowbridge.portal.rest;

import java.util.Arrays;
import java.util.List;
import org.knowbridge.contracts.vocabulary.DeclineReason;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.PartnerKind;

/** The choices the suggestion filters and the decline form offer: exactly the values the APIs accept. */
public record FilterOptions(List<String> kinds, List<String> channels, List<DeclineReason> declineReasons) {

    static final FilterOptions ALL = new FilterOptions(
            Arrays.stream(PartnerKind.values()).map(Enum::name).toList(),
            Arrays.stream(KnowledgeChannel.values()).map(Enum::name).toList(),
            List.of(DeclineReason.values()));
}
