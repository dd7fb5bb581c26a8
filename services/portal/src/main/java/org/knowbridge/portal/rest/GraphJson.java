package org.knowbridge.portal.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.knowbridge.portal.domain.GraphElements;

/** The graph's elements as JSON, handed to the page's script in a data attribute (no inline script). */
@ApplicationScoped
public class GraphJson {

    private final ObjectMapper json;

    GraphJson(ObjectMapper json) {
        this.json = json;
    }

    String write(GraphElements elements) {
        try {
            return json.writeValueAsString(elements);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the graph's elements", e);
        }
    }
}
