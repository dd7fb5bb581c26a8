package org.knowbridge.contracts.vocabulary;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The vocabulary's names as they travel in events, read tolerantly: a newer sender may use a value this
 * version does not know yet, which a reader then leaves out or replaces rather than dropping the event.
 */
public final class EnumNames {

    private EnumNames() {}

    /** The value named {@code name} (any case), or empty when this version does not know it. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The values this version knows, in a set; unknown names are left out. */
    public static <E extends Enum<E>> Set<E> known(Class<E> type, Collection<String> names) {
        Set<E> out = EnumSet.noneOf(type);
        names.forEach(name -> parse(type, name).ifPresent(out::add));
        return out;
    }
}
