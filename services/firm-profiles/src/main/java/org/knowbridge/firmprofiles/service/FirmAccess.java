package org.knowbridge.firmprofiles.service;

import org.knowbridge.common.security.Caller;
import org.knowbridge.common.security.Roles;
import org.knowbridge.firmprofiles.domain.Firm;

/** Object-level rules: who may see which firm. A firm the caller may not see is answered as absent. */
final class FirmAccess {

    private FirmAccess() {
    }

    static boolean canRead(Caller caller, Firm firm) {
        if (caller.isAdmin()) {
            return true;
        }
        if (caller.actsForFirm(firm.id.toString())) {
            return true;
        }
        return caller.hasRole(Roles.AGENCY) && firm.onboardedBy != null
                && firm.onboardedBy.equals(caller.orgId().orElse(null));
    }
}
