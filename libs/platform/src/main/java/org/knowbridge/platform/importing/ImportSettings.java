package org.knowbridge.platform.importing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bulk imports, the same settings in every service that has them. */
@ConfigMapping(prefix = "knowbridge.import")
public interface ImportSettings {

    /** How many lines one transaction writes; a job's progress is stored after each batch. */
    @WithDefault("500")
    int batchSize();

    /**
     * How many line errors a job keeps and lists (per file of a job made of files); lines beyond them are only
     * counted as failed, so a broken file cannot grow its job without bound.
     */
    @WithDefault("1000")
    int maxLineErrors();

    /**
     * A queued or running job of another instance whose last sign of life is older than this is taken to be
     * abandoned ({@link ImportRecovery}).
     */
    @WithDefault("300")
    long staleAfterSeconds();

    /** The most lines a file may hold, where a file is read whole before its import starts (firm-profiles). */
    @WithDefault("100000")
    int maxLines();

    /** The largest file accepted, where files are kept and streamed (partner-graph's datasets). */
    @WithDefault("16777216")
    long maxFileBytes();
}
