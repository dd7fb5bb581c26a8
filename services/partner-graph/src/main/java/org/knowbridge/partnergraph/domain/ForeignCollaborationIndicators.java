package org.knowbridge.partnergraph.domain;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The innovation-survey statistic: among SME firms, the share with at least one collaboration with a
 * partner in another country, overall and by the partner's kind and by channel, per country and sector.
 */
public record ForeignCollaborationIndicators(Integer fromYear, Integer toYear, Group total, List<Group> groups) {

    /**
     * SME firms of one country and sector ({@code UNKNOWN} when not known, as for imported organisations).
     * A firm counts once per kind and per channel, so the shares by kind may add up to more than the total.
     */
    @Schema(name = "IndicatorGroup")
    public record Group(
            String country,
            String sector,
            long smeFirms,
            long withForeignCollaboration,
            double share,
            List<Share> byPartnerKind,
            List<Share> byChannel) {}

    /** How many of the group's firms have a foreign collaboration of this kind or channel, and their share. */
    @Schema(name = "IndicatorShare")
    public record Share(String value, long firms, double share) {}
}
