package org.knowbridge.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QueryStringTest {

    @Test
    void backToTheListAsFilteredWithWhatWasDone() {
        assertEquals(
                "/firms?q=Oy&status=DRAFT&done=submit",
                QueryString.backTo("/firms", "?q=Oy&status=DRAFT", "done", "submit")
                        .toString());
        assertEquals(
                "/suggestions?saved=declined",
                QueryString.backTo("/suggestions", null, "saved", "declined").toString());
    }

    @Test
    void aBackThatIsNoQueryOfThisSiteOrSaysItAlreadyIsIgnored() {
        assertEquals(
                "/firms?done=publish",
                QueryString.backTo("/firms", "//evil.example", "done", "publish")
                        .toString());
        assertEquals(
                "/firms?done=publish",
                QueryString.backTo("/firms", "?done=submit", "done", "publish").toString());
    }
}
