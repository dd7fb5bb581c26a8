package org.knowbridge.portal.service;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.knowbridge.contracts.vocabulary.IntroductionDeclineReason;
import org.knowbridge.portal.client.IntroductionsApi;
import org.knowbridge.portal.domain.IntroductionDecline;
import org.knowbridge.portal.domain.ReceivedIntroduction;

/** The introductions the signed-in user's organisation received, and its answers to them. */
@RequestScoped
public class ReceivedIntroductionsService {

    static final int PAGE_SIZE = 50;

    private final IntroductionsApi introductions;

    ReceivedIntroductionsService(@RestClient IntroductionsApi introductions) {
        this.introductions = introductions;
    }

    /** @param state REQUESTED, ACCEPTED, ...; null for all */
    public List<ReceivedIntroduction> list(String state) {
        return introductions.received(state, PAGE_SIZE);
    }

    public ReceivedIntroduction accept(String id) {
        return introductions.accept(id);
    }

    public ReceivedIntroduction decline(String id, IntroductionDeclineReason reason, String text) {
        return introductions.decline(id, new IntroductionDecline(reason, text == null || text.isBlank() ? null : text));
    }
}
