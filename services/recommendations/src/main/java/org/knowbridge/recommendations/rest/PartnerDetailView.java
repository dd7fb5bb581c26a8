package org.knowbridge.recommendations.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.knowbridge.contracts.vocabulary.CountryCode;
import org.knowbridge.recommendations.domain.PartnerDetail;

/** What a suggested organisation works on, for the firm it was suggested to. */
@Schema(name = "PartnerDetail")
public record PartnerDetailView(
        String firmId,

        @Schema(description = "The partner's key in partner-graph")
        String partnerKey,

        String name,
        @Schema(description = "ISO 3166-1 alpha-2") String country,
        @Schema(description = "The country's English name") String countryName,

        @Schema(description = "A PartnerKind name, e.g. UNIVERSITY")
        String kind,

        boolean sme,

        @Schema(description = "Its distinct partners in the collaboration graph")
        int partners,

        @Schema(description = "The collaborations and joint projects it took part in")
        int collaborations,

        @Schema(description = "What it works on: its most frequent knowledge areas (up to 5), by label")
        List<AreaView> areas,

        @Schema(description = "Its latest collaborations (up to 5), latest first")
        List<ProjectView> recentProjects,

        @Schema(description = "Where its partners are, most partners first")
        List<CountryView> partnerCountries,

        @Schema(
                description = "The firm's latest word on it: ACCEPTED when on its shortlist; absent when none",
                enumeration = {"ACCEPTED"})
        String feedback,

        DetailLinks links) {

    @Schema(name = "PartnerArea")
    public record AreaView(
            @Schema(description = "The area's name, e.g. \"laser physics\"")
            String label,

            @Schema(description = "Its EuroSciVoc path (or keyword)")
            String path,

            @Schema(description = "How many of its collaborations were in it")
            int collaborations) {}

    @Schema(name = "PartnerProject")
    public record ProjectView(
            String key,

            @Schema(description = "Its short title (acronym), when it is an imported project that has one")
            String title,

            int year,

            @Schema(description = "The call it was funded under, when known")
            String call,

            int participants) {}

    @Schema(name = "PartnerCountry")
    public record CountryView(
            @Schema(description = "ISO 3166-1 alpha-2") String country,

            @Schema(description = "The country's English name")
            String name,

            int partners) {}

    @Schema(name = "PartnerDetailLinks")
    public record DetailLinks(
            @Schema(description = "Accept or decline it (PUT)")
            Link feedback,

            @Schema(description = "The firm's shortlist") Link shortlist) {}

    static PartnerDetailView of(PartnerDetail d) {
        return new PartnerDetailView(
                d.firmId(),
                d.partnerKey(),
                d.name(),
                d.country(),
                d.country().isEmpty() ? null : CountryCode.englishName(d.country()),
                d.kind().name(),
                d.sme(),
                d.partners(),
                d.collaborations(),
                d.areas().stream()
                        .map(a -> new AreaView(a.label(), a.path(), a.collaborations()))
                        .toList(),
                d.recentProjects().stream()
                        .map(p -> new ProjectView(p.key(), p.title(), p.year(), p.call(), p.participants()))
                        .toList(),
                d.partnerCountries().stream()
                        .map(c -> new CountryView(c.country(), CountryCode.englishName(c.country()), c.partners()))
                        .toList(),
                d.feedback() == null ? null : d.feedback().name(),
                new DetailLinks(
                        new Link(
                                "/api/v1/firms/" + d.firmId() + "/recommendations/feedback/" + d.partnerKey(),
                                "PUT",
                                null,
                                null),
                        Link.to("/api/v1/firms/" + d.firmId() + "/shortlist")));
    }
}
