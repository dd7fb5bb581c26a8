package org.knowbridge.firmprofiles.service.importing;

import org.knowbridge.firmprofiles.domain.FirmProfile;
import org.knowbridge.firmprofiles.service.FirmProfileInput;

/** An import line over the current profile: what the line gives wins, what it leaves out is kept. */
final class ProfileMerge {

    private ProfileMerge() {}

    static FirmProfile merge(FirmProfile current, FirmProfileInput given, FirmProfile normalised) {
        return new FirmProfile(
                normalised.legalName(),
                normalised.country(),
                given.nutsRegion() == null ? current.nutsRegion() : normalised.nutsRegion(),
                given.sector() == null ? current.sector() : normalised.sector(),
                given.employees() == null ? current.employees() : normalised.employees(),
                given.turnoverEur() == null ? current.turnoverEur() : normalised.turnoverEur(),
                given.foundingYear() == null ? current.foundingYear() : normalised.foundingYear(),
                given.exportShare() == null ? current.exportShare() : normalised.exportShare(),
                given.rdIntensity() == null ? current.rdIntensity() : normalised.rdIntensity(),
                given.knowledgeAreasOffered() == null
                        ? current.knowledgeAreasOffered()
                        : normalised.knowledgeAreasOffered(),
                given.knowledgeAreasSought() == null
                        ? current.knowledgeAreasSought()
                        : normalised.knowledgeAreasSought(),
                given.targetCountries() == null ? current.targetCountries() : normalised.targetCountries(),
                given.preferredPartnerKinds() == null
                        ? current.preferredPartnerKinds()
                        : normalised.preferredPartnerKinds(),
                given.preferredChannels() == null ? current.preferredChannels() : normalised.preferredChannels());
    }
}
