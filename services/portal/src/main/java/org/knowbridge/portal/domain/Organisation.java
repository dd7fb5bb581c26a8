package org.knowbridge.portal.domain;

/** An organisation of the collaboration graph, as partner-graph gives it. */
public record Organisation(String key, String name, String country, String type, Boolean sme, String sector) {}
