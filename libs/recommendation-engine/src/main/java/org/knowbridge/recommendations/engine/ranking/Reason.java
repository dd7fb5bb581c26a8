package org.knowbridge.recommendations.engine.ranking;

import java.util.List;
import java.util.Map;

/**
 * One reason for a suggestion, as data (type, figures, named entities) and as a sentence for people.
 *
 * @param figures  named numbers, e.g. {@code count=3}
 * @param entities organisations, countries, areas or kinds the sentence names
 */
public record Reason(ReasonType type, String sentence, Map<String, Number> figures, List<NamedEntity> entities) {

    public Reason {
        figures = Map.copyOf(figures);
        entities = List.copyOf(entities);
    }

    /** Something a reason names: an organisation (with its id), a country, a knowledge area, a call line. */
    public record NamedEntity(String kind, String id, String name) {

        public static NamedEntity organisation(String id, String name) {
            return new NamedEntity("organisation", id, name);
        }

        public static NamedEntity of(String kind, String name) {
            return new NamedEntity(kind, name, name);
        }
    }
}
