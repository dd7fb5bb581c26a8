package org.knowbridge.portal.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A firm's profile as its SME account and its agency see it (firm-profiles' FirmView), the fields the pages use. */
public record Firm(
        String id,
        String legalName,
        String country,
        String sector,
        String nutsRegion,
        String sizeClass,
        Integer employees,
        Long turnoverEur,
        Double exportShare,
        Double rdIntensity,
        Integer foundingYear,
        List<String> knowledgeAreasOffered,
        List<String> knowledgeAreasSought,
        List<String> targetCountries,
        List<String> preferredPartnerKinds,
        List<String> preferredChannels,
        String status) {

    public Firm {
        knowledgeAreasOffered = knowledgeAreasOffered == null ? List.of() : List.copyOf(knowledgeAreasOffered);
        knowledgeAreasSought = knowledgeAreasSought == null ? List.of() : List.copyOf(knowledgeAreasSought);
        targetCountries = targetCountries == null ? List.of() : List.copyOf(targetCountries);
        preferredPartnerKinds = preferredPartnerKinds == null ? List.of() : List.copyOf(preferredPartnerKinds);
        preferredChannels = preferredChannels == null ? List.of() : List.copyOf(preferredChannels);
    }

    /** Whether its SME account may send it for review now (a draft, or suspended). */
    public boolean canSubmit() {
        return "DRAFT".equals(status) || "SUSPENDED".equals(status);
    }

    public boolean canPublish() {
        return "SUBMITTED".equals(status);
    }

    public boolean canSuspend() {
        return "PUBLISHED".equals(status) || "SUBMITTED".equals(status);
    }

    /** The profile as firm-profiles takes it back (FirmProfileInput): every field, so a change keeps the others. */
    public Map<String, Object> asInput() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("legalName", legalName);
        out.put("country", country);
        out.put("sector", sector);
        out.put("nutsRegion", nutsRegion);
        out.put("employees", employees);
        out.put("turnoverEur", turnoverEur);
        out.put("exportShare", exportShare);
        out.put("rdIntensity", rdIntensity);
        out.put("foundingYear", foundingYear);
        out.put("knowledgeAreasOffered", knowledgeAreasOffered);
        out.put("knowledgeAreasSought", knowledgeAreasSought);
        out.put("targetCountries", targetCountries);
        out.put("preferredPartnerKinds", preferredPartnerKinds);
        out.put("preferredChannels", preferredChannels);
        out.values().removeIf(v -> v == null);
        return out;
    }
}
