package org.knowbridge.recommendations.engine.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.contracts.vocabulary.PartnerKind;

/**
 * An organisation as the graph knows it: a node. Firms registered on the platform are organisations too.
 *
 * @param type           what it is (a company, a university, ...); OTHER when not known
 * @param sme            whether it is an SME, beside its type
 * @param knowledgeAreas declared areas (EuroSciVoc paths or keywords); areas of its collaborations are added by the graph
 * @param sector         NACE Rev. 2 code when known (platform firms), else empty; only reasons read it
 */
public record Organisation(
        String id,
        String name,
        String country,
        OrganisationType type,
        boolean sme,
        Set<String> knowledgeAreas,
        String sector) {

    public Organisation {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        country = country == null ? "" : country;
        type = type == null ? OrganisationType.OTHER : type;
        knowledgeAreas = SortedSets.copyOf(knowledgeAreas);
        sector = sector == null || sector.isBlank() ? "" : sector;
    }

    /** An organisation whose sector is not known (most of an imported register). */
    public Organisation(
            String id, String name, String country, OrganisationType type, boolean sme, Set<String> knowledgeAreas) {
        this(id, name, country, type, sme, knowledgeAreas, "");
    }

    /**
     * The kind of partner it is by its type alone: what it is to one firm is said by a collaboration's
     * participant role, not by the node (a company is OTHER here).
     */
    public PartnerKind kind() {
        return type.partnerKind();
    }

    /** The same organisation with these declared knowledge areas. */
    public Organisation withKnowledgeAreas(Set<String> areas) {
        return new Organisation(id, name, country, type, sme, areas, sector);
    }

    /**
     * Its NACE division ("C26" for C26.1), or empty when its sector is unknown or only a section letter: a
     * section alone (all of manufacturing) is too broad to call two firms alike.
     */
    public String sectorDivision() {
        return divisionOf(sector);
    }

    /** The NACE division of a sector code, as {@link #sectorDivision()}; empty for null. */
    public static String divisionOf(String sector) {
        return sector == null || sector.strip().length() < 3
                ? ""
                : sector.strip().substring(0, 3).toUpperCase(Locale.ROOT);
    }

    /** The name for sentences: the id when the name is unknown. */
    public String displayName() {
        return name.isBlank() ? id : name;
    }
}
