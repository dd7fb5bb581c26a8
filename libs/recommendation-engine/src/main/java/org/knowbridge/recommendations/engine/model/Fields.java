package org.knowbridge.recommendations.engine.model;

import java.util.Set;
import java.util.TreeSet;

/**
 * Fields of work: EuroSciVoc paths cut to their first three levels ("/engineering and technology/
 * mechanical engineering/robotics"), coarse enough that two projects on nearby topics share one.
 */
public final class Fields {

    public static final int LEVELS = 3;

    private Fields() {}

    /** The path's first three levels, with a leading slash; empty for a path without any level. */
    public static String of(String path) {
        StringBuilder sb = new StringBuilder();
        int levels = 0;
        for (String part : path.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (levels++ == LEVELS) {
                break;
            }
            sb.append('/').append(part);
        }
        return sb.toString();
    }

    /** The fields of a set of knowledge areas (blank areas ignored). */
    public static Set<String> of(Set<String> knowledgeAreas) {
        Set<String> out = new TreeSet<>();
        for (String a : knowledgeAreas) {
            if (!a.isBlank()) {
                out.add(of(a));
            }
        }
        return out;
    }
}
