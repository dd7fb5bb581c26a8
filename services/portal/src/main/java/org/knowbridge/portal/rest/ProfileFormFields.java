package org.knowbridge.portal.rest;

import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.knowbridge.portal.domain.ProfileForm;

/** The profile form's fields as posted. */
public class ProfileFormFields {

    @RestForm
    String legalName;

    @RestForm
    String country;

    @RestForm
    String sector;

    @RestForm
    String employees;

    @RestForm
    String foundingYear;

    @RestForm
    String knowledgeAreasSought;

    @RestForm
    String knowledgeAreasOffered;

    @RestForm
    String targetCountries;

    @RestForm
    List<String> preferredPartnerKinds;

    ProfileForm form() {
        return new ProfileForm(
                legalName,
                country,
                sector,
                employees,
                foundingYear,
                knowledgeAreasSought,
                knowledgeAreasOffered,
                targetCountries,
                preferredPartnerKinds);
    }
}
