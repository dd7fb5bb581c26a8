package org.knowbridge.portal.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where the portal shows an organisation. */
public final class OrganisationLinks {

    private OrganisationLinks() {}

    public static String page(String key) {
        // Keys hold a colon (cordis:999662989): encoded as a path segment.
        return "/organisations/" + pathSegment(key);
    }

    /** A key as one path segment (keys hold colons). */
    public static String pathSegment(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
