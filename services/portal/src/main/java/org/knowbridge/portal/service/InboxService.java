package org.knowbridge.portal.service;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.knowbridge.portal.client.IntroductionsApi;
import org.knowbridge.portal.domain.Notifications;

/** The signed-in user's notifications, as the introductions service keeps them. */
@RequestScoped
public class InboxService {

    static final int PAGE_SIZE = 20;

    private final IntroductionsApi introductions;

    InboxService(@RestClient IntroductionsApi introductions) {
        this.introductions = introductions;
    }

    public Notifications page(String cursor) {
        return introductions.notifications(cursor, PAGE_SIZE);
    }
}
