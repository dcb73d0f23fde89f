package io.github.cptskit.json.internal;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DatabindContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.jsontype.impl.TypeIdResolverBase;

/**
 * The type id of a variant of a sealed interface ({@code LegalForm}, {@code Member}): its simple name
 * with a lower-case initial ({@code sisa}, {@code healthProfessional}). An unknown id is an error.
 */
final class SealedTypeIds extends TypeIdResolverBase {
    private final Class<?> sealed;

    SealedTypeIds(Class<?> sealed, JavaType base, com.fasterxml.jackson.databind.type.TypeFactory types) {
        super(base, types);
        this.sealed = sealed;
    }

    static String id(Class<?> variant) {
        String simple = variant.getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    @Override
    public String idFromValue(Object value) {
        return idFromValueAndType(value, value.getClass());
    }

    @Override
    public String idFromValueAndType(Object value, Class<?> type) {
        for (Class<?> variant : sealed.getPermittedSubclasses()) {
            if (variant.isAssignableFrom(type)) {
                return id(variant);
            }
        }
        throw new IllegalArgumentException(type + " is not a variant of " + sealed.getName());
    }

    @Override
    public JavaType typeFromId(DatabindContext context, String id) {
        for (Class<?> variant : sealed.getPermittedSubclasses()) {
            if (id(variant).equals(id)) {
                return context.constructType(variant);
            }
        }
        return null;
    }

    @Override
    public String getDescForKnownTypeIds() {
        var ids = new StringBuilder();
        for (Class<?> variant : sealed.getPermittedSubclasses()) {
            ids.append(ids.isEmpty() ? "" : ", ").append(id(variant));
        }
        return ids.toString();
    }

    @Override
    public JsonTypeInfo.Id getMechanism() {
        return JsonTypeInfo.Id.CUSTOM;
    }
}
