package org.knowbridge.contracts.vocabulary;

/**
 * Knowledge areas as the platform stores them: EuroSciVoc paths such as
 * {@code /natural sciences/computer and information sciences/artificial intelligence}, or plain keywords.
 */
public final class KnowledgeAreas {

    private KnowledgeAreas() {}

    /** What people read for an area: a path's last segment ("artificial intelligence"), a keyword as it is. */
    public static String label(String area) {
        if (area == null) {
            return "";
        }
        String trimmed = area.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.substring(trimmed.lastIndexOf('/') + 1).strip();
    }
}
