package org.knowbridge.contracts.event;

/**
 * The data of IntroductionErased: the requesting firm was erased, and with it this introduction; consumers forget
 * it (the organisation key lets them find what they derived from it).
 */
public record IntroductionErased(String introductionId, String firmId, String organisationKey) {}
