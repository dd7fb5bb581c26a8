package org.knowbridge.portal.service;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.knowbridge.portal.client.FirmProfilesApi;
import org.knowbridge.portal.domain.Firm;
import org.knowbridge.portal.domain.FirmList;

/** An agency's firms and their onboarding: submit for validation, publish, suspend. */
@RequestScoped
public class AgencyFirmsService {

    static final int PAGE_SIZE = 50;

    /** The onboarding steps an agency takes on a firm, as firm-profiles names them. */
    public enum Step {
        SUBMIT,
        PUBLISH,
        SUSPEND
    }

    private final FirmProfilesApi firms;

    AgencyFirmsService(@RestClient FirmProfilesApi firms) {
        this.firms = firms;
    }

    /**
     * @param name   words of the firm's name, or null for all
     * @param status DRAFT, SUBMITTED, PUBLISHED or SUSPENDED; null for all
     */
    public FirmList list(String name, String status, String cursor) {
        return firms.firms(name, status, cursor, PAGE_SIZE);
    }

    public Firm take(Step step, String firmId) {
        return switch (step) {
            case SUBMIT -> firms.submit(firmId);
            case PUBLISH -> firms.publish(firmId);
            case SUSPEND -> firms.suspend(firmId);
        };
    }
}
