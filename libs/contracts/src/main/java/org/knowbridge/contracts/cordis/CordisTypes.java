package org.knowbridge.contracts.cordis;

import java.util.Locale;
import java.util.Optional;
import org.knowbridge.contracts.vocabulary.OrganisationType;

/**
 * CORDIS organisation types as the platform's: the words of the dataset format ({@code COMPANY} or its
 * older name {@code FIRM}, {@code RESEARCH}, ...), CORDIS's own activity codes ({@code PRC}, {@code HES}, {@code REC}, {@code PUB}, {@code OTH}), and our
 * own names, in any case.
 */
public final class CordisTypes {

    /** The words a dataset's {@code type} column may use, for messages. */
    public static final String ACCEPTED = "COMPANY (or FIRM), UNIVERSITY, RESEARCH, PUBLIC_BODY, CONSULTANCY, OTHER";

    private CordisTypes() {}

    /** The organisation type, or empty for a word this mapping does not know. */
    public static Optional<OrganisationType> organisationType(String type) {
        return Optional.ofNullable(
                switch (type == null ? "" : type.trim().toUpperCase(Locale.ROOT)) {
                    case "COMPANY", "FIRM", "PRC" -> OrganisationType.COMPANY;
                    case "UNIVERSITY", "HES" -> OrganisationType.UNIVERSITY;
                    case "RESEARCH", "RESEARCH_ORGANISATION", "REC" -> OrganisationType.RESEARCH_ORGANISATION;
                    case "PUBLIC_BODY", "PUB" -> OrganisationType.PUBLIC_BODY;
                    case "CONSULTANCY" -> OrganisationType.CONSULTANCY;
                    case "OTHER", "OTH" -> OrganisationType.OTHER;
                    default -> null;
                });
    }
}
