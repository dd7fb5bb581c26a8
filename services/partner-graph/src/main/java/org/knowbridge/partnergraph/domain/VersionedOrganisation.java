package org.knowbridge.partnergraph.domain;

/** An organisation as read, with its version: the ETag a later replacement names in If-Match. */
public record VersionedOrganisation(Organisation organisation, long version) {}
