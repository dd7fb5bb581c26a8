package org.knowbridge.partnergraph.domain;

import org.knowbridge.contracts.vocabulary.KnowledgeChannel;

/**
 * An agreement signed after an introduction (introductions' IntroductionAgreementSigned): the firm and the
 * organisation it was introduced to now collaborate through {@code channel}.
 *
 * @param year the year it was signed, the collaboration's start
 */
public record IntroductionAgreement(
        String introductionId, String firmId, String organisationKey, KnowledgeChannel channel, int year) {

    /** The collaboration's key: one per introduction, so a replayed event finds it recorded already. */
    public String collaborationKey() {
        return "introduction:" + introductionId;
    }
}
