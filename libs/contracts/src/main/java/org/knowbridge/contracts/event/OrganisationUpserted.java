package org.knowbridge.contracts.event;

/**
 * The data of OrganisationUpserted: an organisation's state after it was created or changed.
 *
 * @param type   an {@link org.knowbridge.contracts.vocabulary.OrganisationType} name
 * @param source where the change came from: SELF_REPORTED, AGENCY, IMPORTED or FIRM_PROFILES
 */
public record OrganisationUpserted(
        String key, String name, String country, String type, boolean sme, String sector, String source) {}
