package org.knowbridge.portal.domain;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A page's query string from the parameters that have a value: "" or "?name=value&...", values encoded. */
public final class QueryString {

    private final List<String> parts = new ArrayList<>();

    public QueryString add(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            parts.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
        return this;
    }

    /** A parameter's value as given, trimmed; null when blank (the parameter means "any"). */
    public static String valueOf(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * Back to a list as the user had filtered it ({@code back}, the list's own query string), with one more
     * parameter saying what was done; a {@code back} that is not a query string of this site is ignored.
     */
    public static URI backTo(String path, String back, String name, String value) {
        boolean usable = back != null && back.startsWith("?") && !back.contains(name + "=");
        return URI.create(
                path + (usable ? back + "&" : "?") + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }
}
