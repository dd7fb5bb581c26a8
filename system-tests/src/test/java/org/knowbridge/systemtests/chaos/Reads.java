package org.knowbridge.systemtests.chaos;

import java.util.HashMap;
import java.util.Map;
import org.knowbridge.platform.testing.DemoUsers;
import org.knowbridge.systemtests.RunningPlatform.Service;
import org.knowbridge.systemtests.chaos.Api.Answer;

/** The reads of one reconciliation pass: each page is fetched once per pass, however many effects look at it. */
final class Reads {

    private static final int PAGE = 100;

    private final Map<String, Answer> pages = new HashMap<>();
    private final Map<String, Map<String, Integer>> firmNames = new HashMap<>();

    Answer get(String user, Service service, String path) {
        return pages.computeIfAbsent(user + " " + service + path, key -> Api.get(user, service, path));
    }

    /**
     * The legal names of the demo agency's firms that contain {@code text}, each with how many firms have it: every
     * page of the list, read once per pass. A page that does not answer ends the list early; what it held is then
     * missing in this pass, and looked for again in the next.
     */
    Map<String, Integer> firmNamesContaining(String text) {
        return firmNames.computeIfAbsent(text, key -> {
            Map<String, Integer> names = new HashMap<>();
            String cursor = "";
            do {
                Answer page = Api.get(
                        DemoUsers.AGENCY, Service.FIRM_PROFILES, "/api/v1/firms?limit=" + PAGE + "&q=" + text + cursor);
                if (page.status() != 200) {
                    break;
                }
                page.json()
                        .getList("items.legalName", String.class)
                        .forEach(name -> names.merge(name, 1, Integer::sum));
                String next = page.json().getString("nextCursor");
                cursor = next == null ? null : "&cursor=" + next;
            } while (cursor != null);
            return names;
        });
    }
}
