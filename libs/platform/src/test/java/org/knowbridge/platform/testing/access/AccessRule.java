package org.knowbridge.platform.testing.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One operation's {@code x-access} declaration of a committed OpenAPI document: per role, which objects it may act
 * on ({@code any}, {@code visible}, {@code own}, {@code none}); what the object is ({@code object}, absent for an
 * operation on no object); and the status an object outside a role's reach answers ({@code refused}: 403 or 404).
 * A role that is {@code none} is refused by the role check: 403.
 */
public record AccessRule(String operationId, String object, Map<String, Reach> reach, Integer refused) {

    /** The roles every operation declares, in the order the tests walk them. */
    public static final List<String> ROLES = List.of("sme", "agency", "partner", "admin");

    /** What a role may act on. */
    public enum Reach {
        /** Every object (or the object-less operation at all). */
        ANY,
        /** Its own objects and those of others it may see (published, listed); never others' unpublished ones. */
        VISIBLE,
        /** Only its own objects: its firm (sme), the firms it onboarded (agency), its organisation (partner). */
        OWN,
        /** Nothing: the role may not call the operation (403). */
        NONE;

        /** Whether a caller of this reach gets through to an object of the given class. */
        public boolean reaches(Target target) {
            return switch (this) {
                case ANY -> true;
                case VISIBLE -> target != Target.UNPUBLISHED;
                case OWN -> target == Target.OWN;
                case NONE -> false;
            };
        }
    }

    /**
     * Reads the declaration under {@code x-access} of the operation; a list of what is wrong with it, empty when
     * it is complete, through {@code problems}.
     */
    static AccessRule parse(String operationId, Object declaration, List<String> problems) {
        if (!(declaration instanceof Map<?, ?> map)) {
            problems.add(operationId + ": no x-access declaration");
            return null;
        }
        Set<String> known = Set.of("sme", "agency", "partner", "admin", "object", "refused");
        for (Object key : map.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                problems.add(operationId + ": unknown x-access key " + key);
            }
        }
        Map<String, Reach> reach = new LinkedHashMap<>();
        for (String role : ROLES) {
            Object value = map.get(role);
            try {
                reach.put(role, Reach.valueOf(String.valueOf(value).toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(operationId + ": x-access." + role + " must be any, visible, own or none, not " + value);
            }
        }
        String object = map.get("object") == null ? null : String.valueOf(map.get("object"));
        Integer refused = map.get("refused") instanceof Integer status ? status : null;
        if (map.get("refused") != null && (refused == null || (refused != 403 && refused != 404))) {
            problems.add(operationId + ": x-access.refused must be 403 or 404, not " + map.get("refused"));
        }
        boolean scoped = reach.values().stream().anyMatch(r -> r == Reach.OWN || r == Reach.VISIBLE);
        if (scoped && (object == null || refused == null)) {
            problems.add(operationId
                    + ": a role reaching own or visible objects needs x-access.object and x-access.refused");
        }
        return new AccessRule(operationId, object, reach, refused);
    }

    /** The object classes a call must be tried on: the three classes for an operation on an object, else none. */
    public List<Target> targets() {
        return object == null ? List.of(Target.NONE) : List.of(Target.OWN, Target.OTHERS, Target.UNPUBLISHED);
    }

    /** The status a refused call of {@code role} on {@code target} must answer; null when the call is allowed. */
    public Integer expectedRefusal(String role, Target target) {
        Reach r = reach.get(role);
        if (r == Reach.NONE) {
            return 403;
        }
        return r.reaches(target) ? null : refused;
    }

    /** The roles the declaration lets through at all, for a comparison with the operation's security roles. */
    public List<String> allowedRoles() {
        List<String> roles = new ArrayList<>();
        reach.forEach((role, r) -> {
            if (r != Reach.NONE) {
                roles.add(role);
            }
        });
        return roles;
    }
}
