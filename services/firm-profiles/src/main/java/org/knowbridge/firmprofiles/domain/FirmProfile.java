package org.knowbridge.firmprofiles.domain;

import java.util.List;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.PartnerKind;

/**
 * The editable part of a firm, already validated and normalised (ISO country codes, trimmed texts,
 * no duplicates in lists). A null figure means "not known".
 */
public record FirmProfile(
        String legalName,
        String country,
        String nutsRegion,
        String sector,
        Integer employees,
        Long turnoverEur,
        Integer foundingYear,
        Double exportShare,
        Double rdIntensity,
        List<String> knowledgeAreasOffered,
        List<String> knowledgeAreasSought,
        List<String> targetCountries,
        List<PartnerKind> preferredPartnerKinds,
        List<KnowledgeChannel> preferredChannels) {

    public FirmProfile {
        knowledgeAreasOffered = listOrEmpty(knowledgeAreasOffered);
        knowledgeAreasSought = listOrEmpty(knowledgeAreasSought);
        targetCountries = listOrEmpty(targetCountries);
        preferredPartnerKinds = listOrEmpty(preferredPartnerKinds);
        preferredChannels = listOrEmpty(preferredChannels);
    }

    public static FirmProfile named(String legalName, String country) {
        return new FirmProfile(
                legalName, country, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static <T> List<T> listOrEmpty(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
