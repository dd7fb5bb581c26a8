package org.knowbridge.platform.testing.access;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request a fixture builds for one operation, role and object: path and query parameters, headers, and
 * a body (when none is given, a minimal one is made from the operation's JSON schema).
 */
public final class AccessCall {

    final Map<String, Object> pathParams = new LinkedHashMap<>();
    final Map<String, Object> queryParams = new LinkedHashMap<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    final Map<String, String> multipart = new LinkedHashMap<>();
    String contentType;
    String body;

    public static AccessCall call() {
        return new AccessCall();
    }

    public static AccessCall path(String name, Object value) {
        return call().pathParam(name, value);
    }

    public AccessCall pathParam(String name, Object value) {
        pathParams.put(name, value);
        return this;
    }

    public AccessCall query(String name, Object value) {
        queryParams.put(name, value);
        return this;
    }

    public AccessCall header(String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
        return this;
    }

    public AccessCall json(String json) {
        return body("application/json", json);
    }

    public AccessCall body(String contentType, String body) {
        this.contentType = contentType;
        this.body = body;
        return this;
    }

    /** A file part of a multipart/form-data body, as text/csv. */
    public AccessCall csvPart(String name, String content) {
        multipart.put(name, content);
        return this;
    }
}
