package org.knowbridge.portal.rest;

import io.quarkus.qute.TemplateExtension;
import org.knowbridge.portal.domain.OrganisationLinks;
import org.knowbridge.portal.domain.Words;

/** Words and links for the templates ({@code str:words(kind)} and so on). */
@TemplateExtension(namespace = "str")
public class TextExtensions {

    private TextExtensions() {}

    /** A vocabulary name as words: RESEARCH_ORGANISATION becomes "Research organisation". */
    static String words(String name) {
        return Words.of(name);
    }

    static String organisationPage(String key) {
        return OrganisationLinks.page(key);
    }

    /** A key as one path segment (keys hold colons). */
    static String pathSegment(String key) {
        return OrganisationLinks.pathSegment(key);
    }
}
