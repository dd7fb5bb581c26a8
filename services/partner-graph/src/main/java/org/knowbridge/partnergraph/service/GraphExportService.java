package org.knowbridge.partnergraph.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.knowbridge.partnergraph.repository.GraphExportRepository;

/** Writes the graph as JSON Lines: one object per line, each written as soon as it is read. */
@ApplicationScoped
public class GraphExportService {

    private final GraphExportRepository graph;
    private final ObjectMapper json;

    public GraphExportService(GraphExportRepository graph, ObjectMapper json) {
        this.graph = graph;
        this.json = json;
    }

    public void writeTo(OutputStream target) throws IOException {
        OutputStream out = new BufferedOutputStream(target, 64 * 1024);
        // The generator must not close the response stream after each value: the container owns it. Its default
        // separator between root values is a space, which would start every line but the first with one.
        try (JsonGenerator generator =
                json.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            generator.setRootValueSeparator(null);
            graph.export(line -> {
                try {
                    json.writeValue(generator, line);
                    generator.writeRaw('\n');
                } catch (IOException e) {
                    // E.g. the client went away: ends the read transaction too.
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }
}
