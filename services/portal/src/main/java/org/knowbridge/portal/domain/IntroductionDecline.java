package org.knowbridge.portal.domain;

import org.knowbridge.contracts.vocabulary.IntroductionDeclineReason;

/** A recipient's answer no to an introduction (the service's DeclineInput); OTHER needs a text. */
public record IntroductionDecline(IntroductionDeclineReason reason, String text) {}
