package org.knowbridge.firmprofiles.domain;

/**
 * Which firms a list may contain for the caller: all (admin), one firm (an sme account), the firms an
 * agency onboarded, or the published, listed ones (partners).
 */
public record FirmScope(Kind kind, String value) {

    public enum Kind {
        ALL,
        OWN_FIRM,
        ONBOARDED_BY,
        PARTNER_VISIBLE
    }

    public static FirmScope all() {
        return new FirmScope(Kind.ALL, null);
    }
}
