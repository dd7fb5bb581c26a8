package org.knowbridge.partnergraph.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * Who reads the graph, as far as seeing platform firms goes: what firm-profiles' rule for reading a firm asks
 * of the caller. A platform firm is seen by an admin, by its own sme account, by the agency that onboarded it,
 * and by partner organisations once it is published and listed; organisations that are no platform firm are
 * seen by all.
 *
 * @param ownFirm the firm id of an sme account ({@code firm_id}), else null
 * @param agency  the org_id of an agency account, else null
 * @param partner whether the caller holds the partner role
 */
public record Viewer(boolean admin, String ownFirm, String agency, boolean partner) {

    /** The record as a Cypher map parameter ({@code $viewer}). */
    public Map<String, Object> asParameter() {
        Map<String, Object> map = new HashMap<>();
        map.put("admin", admin);
        map.put("ownFirm", ownFirm);
        map.put("agency", agency);
        map.put("partner", partner);
        return map;
    }
}
