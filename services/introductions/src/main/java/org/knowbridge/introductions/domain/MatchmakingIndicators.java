package org.knowbridge.introductions.domain;

import java.util.Map;

/**
 * The matchmaking figures in total, by the country and by the type of the organisation asked; a null key is an
 * organisation whose country or type is not known here.
 */
public record MatchmakingIndicators(
        MatchmakingFigures total, Map<String, MatchmakingFigures> byCountry, Map<String, MatchmakingFigures> byType) {}
