package org.knowbridge.recommendations.service;

import java.util.Map;
import org.knowbridge.recommendations.domain.RefreshCause;

/**
 * Firms whose partition this replica was just assigned and whose change it applied, but did not publish, in the
 * last {@code knowbridge.recommendations.handover-window}: the replica that held them may not have either.
 */
public record PublishingHandover(Map<String, RefreshCause> firms) {}
