package org.knowbridge.firmprofiles.service.importing;

/** The file formats of bulk onboarding. */
public enum ImportFormat {
    /** CSV with a header: the CORDIS organisations.csv columns, or the profile's own field names. */
    CSV,
    /** One JSON object per line: {@code externalId} and the fields of a firm profile. */
    JSON_LINES
}
