package org.knowbridge.recommendations.domain;

import java.util.List;
import org.knowbridge.contracts.vocabulary.PartnerKind;

/**
 * What a suggested organisation works on, as the firm it was suggested to may read it: from this service's copy
 * of the collaboration graph.
 *
 * @param partners      its distinct partners in the graph
 * @param areas         its most frequent knowledge areas, most frequent first
 * @param recentProjects its latest collaborations, latest first
 * @param partnerCountries where its partners are, most partners first
 * @param feedback      the firm's latest word on it, null when none
 */
public record PartnerDetail(
        String firmId,
        String partnerKey,
        String name,
        String country,
        PartnerKind kind,
        boolean sme,
        int partners,
        int collaborations,
        List<Area> areas,
        List<Project> recentProjects,
        List<PartnerCountry> partnerCountries,
        Verdict feedback) {

    public PartnerDetail {
        areas = List.copyOf(areas);
        recentProjects = List.copyOf(recentProjects);
        partnerCountries = List.copyOf(partnerCountries);
    }

    /** @param collaborations how many of its collaborations were in the area */
    public record Area(String label, String path, int collaborations) {}

    /** @param title its short title (acronym) when it is an imported project that has one, else null */
    public record Project(String key, String title, int year, String call, int participants) {}

    public record PartnerCountry(String country, int partners) {}
}
