package org.knowbridge.recommendations.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.client.OidcClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.knowbridge.contracts.event.CollaborationRecorded;
import org.knowbridge.contracts.event.OrganisationUpserted;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.recommendations.domain.GraphExport;
import org.knowbridge.recommendations.domain.GraphJson;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Organisation;
import org.knowbridge.recommendations.engine.model.Participant;

/**
 * Reads partner-graph's bulk export (one JSON object per line: organisations, projects, bilateral
 * collaborations) in one streamed call, with this service's own service-account token. A {@code file:} URL
 * reads a saved export instead, e.g. to start from a snapshot while partner-graph is away.
 */
@ApplicationScoped
public class PartnerGraphExport {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final URI url;
    private final OidcClient tokens;
    private final ObjectMapper json;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public PartnerGraphExport(
            @ConfigProperty(name = "knowbridge.partner-graph.export-url") URI url,
            OidcClient tokens,
            ObjectMapper json) {
        this.url = url;
        this.tokens = tokens;
        // Lines carry more fields than each reader takes, and a newer partner-graph may add some.
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public URI url() {
        return url;
    }

    public GraphExport read() throws IOException, InterruptedException {
        try (InputStream in = open()) {
            return parse(in);
        }
    }

    private InputStream open() throws IOException, InterruptedException {
        if ("file".equals(url.getScheme())) {
            return Files.newInputStream(url.isOpaque() ? Path.of(url.getSchemeSpecificPart()) : Path.of(url));
        }
        String token = tokens.getTokens().await().atMost(Duration.ofSeconds(30)).getAccessToken();
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/x-ndjson")
                .GET()
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IOException("partner-graph export answered " + response.statusCode() + " at " + url);
        }
        return response.body();
    }

    GraphExport parse(InputStream in) throws IOException {
        List<Organisation> organisations = new ArrayList<>();
        List<Collaboration> collaborations = new ArrayList<>();
        Map<String, String> titles = new HashMap<>();
        Map<String, String> links = new HashMap<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = json.readTree(line);
            Line read = json.treeToValue(row, Line.class);
            switch (read.kind() == null ? "" : read.kind()) {
                case "organisation" -> {
                    organisations.add(GraphJson.organisation(
                            json.treeToValue(row, OrganisationUpserted.class), read.knowledgeAreas()));
                    if (read.firmId() != null
                            && read.key() != null
                            && !read.firmId().equals(read.key())) {
                        links.put(read.key(), read.firmId());
                    }
                }
                case "project" -> {
                    Collaboration project = project(read);
                    collaborations.add(project);
                    if (read.acronym() != null && !read.acronym().isBlank()) {
                        // the collaboration's own key string: the map adds no copy of it
                        titles.put(project.id(), read.acronym().strip());
                    }
                }
                case "collaboration" ->
                    collaborations.add(GraphJson.collaboration(
                            json.treeToValue(row, CollaborationRecorded.class), read.knowledgeAreas()));
                default -> {
                    // A line kind this version does not know: newer partner-graphs may add some.
                }
            }
        }
        return new GraphExport(organisations, collaborations, titles, links);
    }

    /**
     * What every line says besides an organisation's or collaboration's event fields; a project line is only
     * this. Absent fields read as null, fields this version does not know are ignored.
     */
    record Line(
            String kind,
            String key,
            int year,
            String acronym,
            String topic,
            List<String> participants,
            List<String> knowledgeAreas,
            String firmId) {
        Line {
            participants = participants == null ? List.of() : participants;
            knowledgeAreas = knowledgeAreas == null ? List.of() : knowledgeAreas;
        }
    }

    /** A joint project: every participant worked with every other, through the project channel. */
    private static Collaboration project(Line row) {
        List<Participant> participants =
                row.participants().stream().map(Participant::of).toList();
        return new Collaboration(
                row.key(),
                row.year(),
                KnowledgeChannel.PROJECT_EXCHANGE,
                Outcome.UNKNOWN,
                participants,
                Set.copyOf(row.knowledgeAreas()),
                row.topic() == null ? "" : row.topic(),
                0);
    }
}
