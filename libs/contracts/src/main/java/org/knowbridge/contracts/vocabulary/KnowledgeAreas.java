package org.knowbridge.contracts.vocabulary;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Knowledge areas as the platform stores them: EuroSciVoc paths such as
 * {@code /natural sciences/computer and information sciences/artificial intelligence}, or plain keywords.
 * An area's id is a slug of its whole path ({@code natural-sciences.computer-and-information-sciences.artificial-intelligence}):
 * stable while the path is, readable, and safe in a URL.
 */
public final class KnowledgeAreas {

    private KnowledgeAreas() {}

    /** What people read for an area: a path's last segment ("artificial intelligence"), a keyword as it is. */
    public static String label(String area) {
        if (area == null) {
            return "";
        }
        String trimmed = trimSlashes(area);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1).strip();
    }

    /** The area's stable id: each segment of the path as a slug, joined by dots. */
    public static String id(String path) {
        StringBuilder id = new StringBuilder();
        for (String segment : trimSlashes(path == null ? "" : path).split("/")) {
            String slug = slug(segment);
            if (!slug.isEmpty()) {
                if (!id.isEmpty()) {
                    id.append('.');
                }
                id.append(slug);
            }
        }
        return id.toString();
    }

    /** The path of the broader area ({@code /a/b} for {@code /a/b/c}), or null for a top-level one. */
    public static String parentPath(String path) {
        String trimmed = trimSlashes(path == null ? "" : path);
        int slash = trimmed.lastIndexOf('/');
        return slash <= 0 ? null : trimmed.substring(0, slash);
    }

    private static String slug(String segment) {
        String plain = Normalizer.normalize(segment, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String trimSlashes(String area) {
        String trimmed = area.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
