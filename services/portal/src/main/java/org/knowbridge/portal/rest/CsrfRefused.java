package org.knowbridge.portal.rest;

/** A form post without the token of the current sign-in: refused with 403. */
public class CsrfRefused extends RuntimeException {

    public CsrfRefused() {
        super("This form has expired or did not come from this site. Reload the page and try again.");
    }
}
