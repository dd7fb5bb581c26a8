package org.knowbridge.platform.problem;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Finds which path or query parameter JAX-RS could not convert to its declared type: the framework's 404 for
 * that names none, so each scalar parameter's value is converted again the way JAX-RS does.
 */
final class UnconvertibleParameters {

    private static final Map<Class<?>, Class<?>> BOXED = Map.of(
            int.class, Integer.class,
            long.class, Long.class,
            short.class, Short.class,
            byte.class, Byte.class,
            double.class, Double.class,
            float.class, Float.class,
            boolean.class, Boolean.class);

    private UnconvertibleParameters() {}

    static List<Problem.FieldError> of(ResourceInfo resource, UriInfo uriInfo) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return errors;
        }
        for (Parameter parameter : method.getParameters()) {
            String name = queryName(parameter);
            String value = name == null ? null : uriInfo.getQueryParameters().getFirst(name);
            if (name == null) {
                name = pathName(parameter);
                value = name == null ? null : uriInfo.getPathParameters().getFirst(name);
            }
            if (value != null && !converts(parameter.getType(), value)) {
                errors.add(new Problem.FieldError(
                        name, "expected " + describe(parameter.getType()) + ", got '" + value + "'"));
            }
        }
        return errors;
    }

    private static String queryName(Parameter parameter) {
        QueryParam query = parameter.getAnnotation(QueryParam.class);
        if (query != null) {
            return query.value();
        }
        RestQuery rest = parameter.getAnnotation(RestQuery.class);
        return rest == null ? null : rest.value().isEmpty() ? parameter.getName() : rest.value();
    }

    private static String pathName(Parameter parameter) {
        PathParam path = parameter.getAnnotation(PathParam.class);
        if (path != null) {
            return path.value();
        }
        RestPath rest = parameter.getAnnotation(RestPath.class);
        return rest == null ? null : rest.value().isEmpty() ? parameter.getName() : rest.value();
    }

    /** Whether the value converts, by the enum constant, valueOf, fromString or String constructor. */
    private static boolean converts(Class<?> declared, String value) {
        Class<?> type = BOXED.getOrDefault(declared, declared);
        if (type == String.class || type.isInterface()) {
            return true;
        }
        try {
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(value)) {
                        return true;
                    }
                }
                return false;
            }
            for (String factory : List.of("valueOf", "fromString")) {
                try {
                    Method method = type.getMethod(factory, String.class);
                    if (Modifier.isStatic(method.getModifiers())) {
                        method.invoke(null, value);
                        return true;
                    }
                } catch (NoSuchMethodException e) {
                    // Try the next way JAX-RS would.
                }
            }
            type.getConstructor(String.class).newInstance(value);
            return true;
        } catch (NoSuchMethodException e) {
            return true; // Not a type we can check: do not blame it.
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static String describe(Class<?> type) {
        Class<?> boxed = BOXED.getOrDefault(type, type);
        if (boxed == Integer.class || boxed == Long.class || boxed == Short.class || boxed == Byte.class) {
            return "a whole number";
        }
        if (boxed == java.util.UUID.class) {
            return "a UUID";
        }
        return "a " + boxed.getSimpleName();
    }
}
