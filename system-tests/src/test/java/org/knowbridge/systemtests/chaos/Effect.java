package org.knowbridge.systemtests.chaos;

import java.util.function.ToIntFunction;

/**
 * Something an acknowledged write must have left in one place (its own store, or a consumer of its event), and
 * how often it is found there: 0 is a loss, more than 1 an effect applied twice.
 */
record Effect(String where, ToIntFunction<Reads> count) {}
