package org.knowbridge.portal.domain;

import java.util.List;

/** The filters a user chose on the suggestions page; blank means any. */
public record SuggestionFilters(String country, String kind, String channel) {

    public SuggestionFilters {
        country = QueryString.valueOf(country);
        kind = QueryString.valueOf(kind);
        channel = QueryString.valueOf(channel);
    }

    public List<String> countries() {
        return country == null ? List.of() : List.of(country);
    }

    public List<String> kinds() {
        return kind == null ? List.of() : List.of(kind);
    }

    public List<String> channels() {
        return channel == null ? List.of() : List.of(channel);
    }

    public boolean any() {
        return country != null || kind != null || channel != null;
    }

    /** The filters as a query string ("" or "?country=FR&..."), to come back to the same list after a post. */
    public String query() {
        return new QueryString()
                .add("country", country)
                .add("kind", kind)
                .add("channel", channel)
                .toString();
    }
}
