package org.knowbridge.recommendations.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.knowbridge.platform.vocabulary.CountryCode;
import org.knowbridge.recommendations.engine.model.Channel;
import org.knowbridge.recommendations.engine.model.Outcome;
import org.knowbridge.recommendations.engine.model.PartnerKind;

/**
 * partner-graph's words (organisation types, partner kinds, channels, outcomes) as the engine's. The names are
 * the platform's shared vocabulary; anything unknown falls back to the engine's neutral value rather than
 * dropping an event a newer partner-graph may send.
 */
public final class GraphVocabulary {

    private GraphVocabulary() {
    }

    /** An organisation's own type as a partner kind: firms have no kind of their own until a collaboration says. */
    public static PartnerKind kindOfType(String type) {
        return switch (normal(type)) {
            case "UNIVERSITY" -> PartnerKind.UNIVERSITY;
            case "RESEARCH_ORGANISATION" -> PartnerKind.RESEARCH_ORGANISATION;
            case "PUBLIC_BODY" -> PartnerKind.PUBLIC_BODY;
            case "CONSULTANCY" -> PartnerKind.CONSULTANCY;
            default -> PartnerKind.OTHER;
        };
    }

    /** ISO 3166-1 alpha-2 as everywhere on the platform (EL and UK become GR and GB); empty when unknown. */
    public static String country(String code) {
        return CountryCode.normalise(code).orElse("");
    }

    public static PartnerKind partnerKind(String kind) {
        return parse(PartnerKind.class, kind, null);
    }

    public static Channel channel(String channel) {
        return parse(Channel.class, channel, Channel.PROJECT_EXCHANGE);
    }

    public static Outcome outcome(String outcome) {
        return parse(Outcome.class, outcome, Outcome.UNKNOWN);
    }

    /** The values this version knows, in a set; unknown ones (a newer sender may add some) are left out. */
    public static <E extends Enum<E>> Set<E> known(Class<E> type, List<String> names) {
        Set<E> out = EnumSet.noneOf(type);
        names.forEach(name -> {
            E value = parse(type, name, null);
            if (value != null) {
                out.add(value);
            }
        });
        return out;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        try {
            return Enum.valueOf(type, normal(value));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static String normal(String value) {
        return value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
    }
}
