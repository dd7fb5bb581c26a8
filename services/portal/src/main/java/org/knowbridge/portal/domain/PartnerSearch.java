package org.knowbridge.portal.domain;

/** What a user searches partners for: words and facets; blank means any. Links keep the rest of the search. */
public record PartnerSearch(String q, String country, String type, Boolean sme, String cursor) {

    public PartnerSearch {
        q = QueryString.valueOf(q);
        country = QueryString.valueOf(country);
        type = QueryString.valueOf(type);
        cursor = QueryString.valueOf(cursor);
    }

    public boolean narrowed() {
        return country != null || type != null || sme != null;
    }

    /** This search (first page) in the country, of the type or with the SME flag a facet names. */
    public String withCountry(String value) {
        return new PartnerSearch(q, value, type, sme, null).query();
    }

    public String withType(String value) {
        return new PartnerSearch(q, country, value, sme, null).query();
    }

    public String withSme(String value) {
        return new PartnerSearch(q, country, type, Boolean.valueOf(value), null).query();
    }

    /** The same words, no facet. */
    public String wordsOnly() {
        return new PartnerSearch(q, null, null, null, null).query();
    }

    public String nextPage(String next) {
        return new PartnerSearch(q, country, type, sme, next).query();
    }

    public String query() {
        return new QueryString()
                .add("q", q)
                .add("country", country)
                .add("type", type)
                .add("sme", sme)
                .add("cursor", cursor)
                .toString();
    }
}
