package org.knowbridge.platform.importing;

/**
 * How many line errors an import keeps and lists: the first {@link #KEPT} (per job, or per file of a job made
 * of files); beyond them lines are only counted as failed, so a broken file cannot grow its job without bound.
 */
public final class LineErrorCap {

    public static final int KEPT = 1000;

    private LineErrorCap() {}

    /** How many of {@code offered} new errors may still be kept when {@code kept} already are. */
    public static int room(long kept, int offered) {
        return (int) Math.max(0, Math.min(offered, KEPT - kept));
    }
}
