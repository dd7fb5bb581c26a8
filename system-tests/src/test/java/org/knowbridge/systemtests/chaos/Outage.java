package org.knowbridge.systemtests.chaos;

import java.time.Duration;

/**
 * One kill: how long the component was gone (from SIGKILL until it was ready again), how long until every
 * service answered ready again, and how many writes sent meanwhile got no acknowledgement.
 */
record Outage(String component, Duration unavailable, Duration platformBack, long writesRefused) {}
