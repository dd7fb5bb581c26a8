package org.knowbridge.partnergraph.domain;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The innovation-survey statistic: among SME firms, the share with at least one collaboration with a
 * partner in another country, overall and by the partner's kind and by channel, per country and sector and
 * per country and size class, the two breakdowns surveys such as the CIS report.
 */
public record ForeignCollaborationIndicators(
        Integer fromYear,
        Integer toYear,

        @Schema(description = "All SME firms counted: country as asked (null for all), sector and sizeClass null")
        Group total,

        @Schema(description = "Per country and NACE sector, sizeClass null; ordered by country and sector")
        List<Group> groups,

        @Schema(description = "The same firms per country and size class, sector null; ordered by country and size")
        List<Group> bySize) {

    /**
     * SME firms of one country and sector, or of one country and size class ({@code UNKNOWN} when not known,
     * as for imported organisations). A firm counts once per kind and per channel, so the shares by kind may
     * add up to more than the total.
     */
    @Schema(name = "IndicatorGroup")
    public record Group(
            String country,

            @Schema(description = "NACE sector, UNKNOWN when not known; null in bySize and the total")
            String sector,

            @Schema(
                    description = "Size class, UNKNOWN when not known (a register only flags SMEs); null in "
                            + "groups and the total",
                    enumeration = {"MICRO", "SMALL", "MEDIUM", "LARGE", "UNKNOWN"})
            String sizeClass,

            long smeFirms,
            long withForeignCollaboration,
            double share,
            List<Share> byPartnerKind,
            List<Share> byChannel) {}

    /** How many of the group's firms have a foreign collaboration of this kind or channel, and their share. */
    @Schema(name = "IndicatorShare")
    public record Share(String value, long firms, double share) {}
}
