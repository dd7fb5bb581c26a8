package org.knowbridge.portal.service;

/** The signed-in account acts for no firm (an agency, partner or admin): the SME pages are not theirs. */
public class NotAnSme extends RuntimeException {

    public NotAnSme() {
        super("Suggestions are shown to SME accounts; this account acts for no firm.");
    }
}
