package org.knowbridge.portal.domain;

import java.util.List;

/** A page of firms (firm-profiles' FirmPage), with the cursor of the next one. */
public record FirmList(List<Firm> items, String nextCursor) {

    public FirmList {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
