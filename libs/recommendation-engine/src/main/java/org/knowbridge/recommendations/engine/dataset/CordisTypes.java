package org.knowbridge.recommendations.engine.dataset;

import java.util.Locale;

import org.knowbridge.recommendations.engine.model.PartnerKind;

/** CORDIS organisation types as partner kinds. */
final class CordisTypes {

    private CordisTypes() {
    }

    /** FIRM has no commercial relation to the firm we recommend for, so it is OTHER (its SME flag stays). */
    static PartnerKind kindOf(String type) {
        return switch (type == null ? "" : type.trim().toUpperCase(Locale.ROOT)) {
            case "UNIVERSITY", "HES" -> PartnerKind.UNIVERSITY;
            case "RESEARCH", "REC" -> PartnerKind.RESEARCH_ORGANISATION;
            case "PUBLIC_BODY", "PUB" -> PartnerKind.PUBLIC_BODY;
            default -> PartnerKind.OTHER;
        };
    }
}
