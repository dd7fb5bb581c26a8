package org.knowbridge.firmprofiles.domain;

import java.util.UUID;
import org.knowbridge.contracts.vocabulary.FirmStatus;
import org.knowbridge.contracts.vocabulary.SizeClass;

/**
 * Filters of a firm list, already validated; null means "any". {@code after} is the id the previous page
 * ended with.
 */
public record FirmQuery(
        String country,
        String sectorPrefix,
        SizeClass sizeClass,
        String knowledgeArea,
        FirmStatus status,
        String nameContains,
        UUID after,
        int limit) {}
