package org.knowbridge.portal.rest;

import io.quarkus.qute.TemplateExtension;
import org.knowbridge.contracts.vocabulary.CountryCode;
import org.knowbridge.contracts.vocabulary.DeclineReason;
import org.knowbridge.contracts.vocabulary.IntroductionDeclineReason;
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

    /** What the page offers for a reason to decline a suggestion. */
    static String declineReason(DeclineReason reason) {
        return switch (reason) {
            case NOT_RELEVANT -> "Not relevant for us";
            case TOO_FAR -> "Too far away";
            case ALREADY_IN_CONTACT -> "Already in contact";
            case OTHER -> "Another reason";
        };
    }

    /** What the page offers for a reason to decline an introduction. */
    static String introductionDeclineReason(IntroductionDeclineReason reason) {
        return switch (reason) {
            case NOT_RELEVANT -> "Not relevant for us";
            case TOO_EARLY -> "Too early for us";
            case NO_CAPACITY -> "No capacity now";
            case COMMERCIAL_ROUTE_UNCLEAR -> "The commercial route is unclear";
            case OTHER -> "Another reason (say which)";
        };
    }

    /** A share from 0 to 1 as a whole percentage ("45 %"); "n/a" when unknown. */
    static String percent(Double share) {
        return share == null ? "n/a" : Math.round(share * 100) + " %";
    }

    /** A country code as the country's English name, or "not known here" for none. */
    static String country(String code) {
        return code == null || code.isBlank() ? "Not known here" : CountryCode.englishName(code);
    }

    /** A key as one path segment (keys hold colons). */
    static String pathSegment(String key) {
        return OrganisationLinks.pathSegment(key);
    }
}
