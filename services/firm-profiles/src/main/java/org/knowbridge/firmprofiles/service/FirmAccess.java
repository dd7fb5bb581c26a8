package org.knowbridge.firmprofiles.service;

import org.knowbridge.platform.security.Caller;
import org.knowbridge.platform.security.Roles;
import org.knowbridge.firmprofiles.domain.Firm;

/** Object-level rules: who may see and change which firm. A firm the caller may not see is answered as absent. */
final class FirmAccess {

    private FirmAccess() {
    }

    /** Sees and changes every field: admin, the firm's own sme account, the agency that onboarded it. */
    static boolean canManage(Caller caller, Firm firm) {
        if (caller.isAdmin()) {
            return true;
        }
        if (caller.actsForFirm(firm.id.toString())) {
            return true;
        }
        return onboardedByCallersAgency(caller, firm);
    }

    static boolean onboardedByCallersAgency(Caller caller, Firm firm) {
        return caller.hasRole(Roles.AGENCY) && firm.onboardedBy != null
                && firm.onboardedBy.equals(caller.orgId().orElse(null));
    }

    /** Sees only the public fields: a partner organisation, of a published firm that consented to be listed. */
    static boolean canSeePublicFields(Caller caller, Firm firm) {
        return caller.hasRole(Roles.PARTNER) && firm.visibleToPartners();
    }
}
