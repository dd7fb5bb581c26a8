package org.knowbridge.introductions.service;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * Which notifications to mark read: the listed ones, or every one up to and including {@code upTo} (e.g. the
 * newest the reader has seen). Exactly one of the two.
 */
public record ReadInput(@Size(max = 200) List<UUID> ids, UUID upTo) {}
