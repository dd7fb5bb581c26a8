package org.knowbridge.partnergraph.domain;

/**
 * One area of the taxonomy (EuroSciVoc, as the projects in the graph use it).
 *
 * @param id            a stable slug of the path, for URLs and filters
 * @param label         what people read ("artificial intelligence")
 * @param path          the EuroSciVoc path as the data holds it
 * @param parentId      the broader area's id, null at the top
 * @param projects      projects in this area or one under it
 * @param organisations organisations that took part in those projects
 */
public record KnowledgeArea(String id, String label, String path, String parentId, int projects, int organisations) {}
