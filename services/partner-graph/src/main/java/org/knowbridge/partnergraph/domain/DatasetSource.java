package org.knowbridge.partnergraph.domain;

/**
 * The name an import gives its register (e.g. {@code cordis}): the prefix of every key it creates and the filter of
 * the indicators and link verification by register. One rule, for the annotations of every endpoint that takes it.
 */
public final class DatasetSource {

    public static final String PATTERN = "[a-z][a-z0-9-]{0,19}";
    public static final String MESSAGE = "must be a short lower-case source name, e.g. cordis";

    private DatasetSource() {}
}
