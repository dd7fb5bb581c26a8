package org.knowbridge.platform.importing;

/**
 * How many line errors an import keeps and lists: the first {@code kept} ({@link ImportSettings#maxLineErrors},
 * per job, or per file of a job made of files); beyond them lines are only counted as failed.
 */
public record LineErrorCap(int kept) {

    public static LineErrorCap of(ImportSettings settings) {
        return new LineErrorCap(settings.maxLineErrors());
    }

    /** How many of {@code offered} new errors may still be kept when {@code alreadyKept} are. */
    public int room(long alreadyKept, int offered) {
        return (int) Math.max(0, Math.min(offered, kept - alreadyKept));
    }
}
