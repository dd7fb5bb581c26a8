package org.knowbridge.contracts.event;

/**
 * The data of OrganisationErased: an organisation node no longer exists in the graph. Consumers drop it with its
 * part in every collaboration and project, and never name it again.
 *
 * @param key        the key of the node that is gone
 * @param firmId     the platform firm the node was, or null
 * @param mergedInto null when the organisation was erased; otherwise the node that now is the same firm (a
 *                   verified link of a firm to its register's node): its collaborations moved there
 */
public record OrganisationErased(String key, String firmId, String mergedInto) {}
