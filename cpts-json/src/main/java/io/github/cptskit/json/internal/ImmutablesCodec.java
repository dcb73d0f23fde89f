package io.github.cptskit.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.cptskit.aci.calculation.Scenario;
import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Validation;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Immutables value types of the API ({@code Cpts}, {@code Membership}, {@code Member}'s variants,
 * {@code Payment}, {@code Scenario}) as objects of their attributes, read back through their public
 * builders so that their checks run. The attributes are those of the generated class, read through the
 * public accessors.
 */
final class ImmutablesCodec {
    private ImmutablesCodec() {}

    /** An attribute: its name, accessor and declared type. */
    /**
     * An attribute: {@code name} is the accessor's and the builder's, {@code wire} the JSON field's. They
     * differ where the attribute would collide with the {@code kind} that names a sealed type's variant
     * (a structure's own kind is written {@code structureKind}): a field written twice is no JSON a
     * strict reader accepts, and a lenient one keeps only one of them.
     */
    record Attribute(String name, String wire, Method accessor, JavaType type, VavrCodecs.Element writer) {
        Attribute(String name, String wire, Method accessor, JavaType type) {
            this(name, wire, accessor, type, new VavrCodecs.Element(type));
        }
    }

    private static String wire(Class<?> valueType, String name) {
        if (!name.equals(CptsIntrospector.KIND) || CptsIntrospector.sealedOf(valueType) == null) {
            return name;
        }
        String simple = valueType.getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1) + "Kind";
    }

    /**
     * The abstract value type behind {@code raw} (itself, or the parent of a generated class), if it is one.
     */
    static Class<?> valueType(Class<?> raw) {
        for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
            if (Modifier.isAbstract(c.getModifiers()) && generated(c) != null) {
                return c;
            }
        }
        return null;
    }

    private static Class<?> generated(Class<?> abstractType) {
        if (!abstractType.getName().startsWith("io.github.cptskit.")) {
            return null;
        }
        String name = abstractType.getPackageName() + ".Immutable" + abstractType.getSimpleName();
        try {
            Class<?> c = Class.forName(name, false, abstractType.getClassLoader());
            return abstractType.isAssignableFrom(c) ? c : null;
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /**
     * The attributes a builder sets: derived ones (such as a payment's label) are not data and are left
     * out. Scenario's builder validates through other methods and takes all of them.
     */
    static List<Attribute> attributes(Class<?> valueType, TypeFactory types) {
        Class<?> builder = null;
        try {
            builder = valueType.getMethod("builder").getReturnType();
        } catch (NoSuchMethodException e) {
            // Scenario
        }
        var attributes = new ArrayList<Attribute>();
        for (var field : generated(valueType).getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                continue;
            }
            try {
                Method accessor = valueType.getMethod(field.getName());
                if (builder != null) {
                    builder.getMethod(field.getName(), accessor.getReturnType());
                }
                attributes.add(new Attribute(
                        field.getName(),
                        wire(valueType, field.getName()),
                        accessor,
                        types.constructType(accessor.getGenericReturnType())));
            } catch (NoSuchMethodException e) {
                // Not an attribute (Immutables' own bookkeeping).
            }
        }
        return List.copyOf(attributes);
    }

    static final class Serializer extends StdSerializer<Object> {
        private final List<Attribute> attributes;

        @SuppressWarnings({"unchecked", "rawtypes"})
        Serializer(Class<?> valueType, TypeFactory types) {
            super((Class) valueType);
            this.attributes = attributes(valueType, types);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject(value);
            fields(value, gen, provider);
            gen.writeEndObject();
        }

        @Override
        public void serializeWithType(
                Object value, JsonGenerator gen, SerializerProvider provider, TypeSerializer typeSer)
                throws IOException {
            WritableTypeId id = typeSer.writeTypePrefix(gen, typeSer.typeId(value, JsonToken.START_OBJECT));
            fields(value, gen, provider);
            typeSer.writeTypeSuffix(gen, id);
        }

        private void fields(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            for (Attribute a : attributes) {
                gen.writeFieldName(a.wire());
                Object v;
                try {
                    v = a.accessor().invoke(value);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException(e);
                }
                a.writer().write(v, gen, provider);
            }
        }
    }

    static final class Deserializer extends StdDeserializer<Object> implements ContextualDeserializer {
        private final Class<?> valueType;
        private final List<Attribute> attributes;
        private final Map<String, JsonDeserializer<Object>> deserializers;
        private final Map<String, TypeDeserializer> typed;
        private final java.util.Set<String> integral;

        Deserializer(Class<?> valueType, TypeFactory types) {
            this(valueType, attributes(valueType, types), Map.of(), Map.of());
        }

        private Deserializer(
                Class<?> valueType,
                List<Attribute> attributes,
                Map<String, JsonDeserializer<Object>> deserializers,
                Map<String, TypeDeserializer> typed) {
            super(valueType);
            this.valueType = valueType;
            this.attributes = attributes;
            this.integral = attributes.stream()
                    .filter(a -> Strict.isIntegral(a.type().getRawClass()))
                    .map(Attribute::wire)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
            this.deserializers = deserializers;
            this.typed = typed;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            var deser = new LinkedHashMap<String, JsonDeserializer<Object>>();
            var types = new LinkedHashMap<String, TypeDeserializer>();
            for (Attribute a : attributes) {
                deser.put(a.wire(), ctxt.findContextualValueDeserializer(a.type(), property));
                TypeDeserializer t = ctxt.getConfig().findTypeDeserializer(a.type());
                if (t != null) {
                    types.put(a.wire(), t);
                }
            }
            return new Deserializer(valueType, attributes, Map.copyOf(deser), Map.copyOf(types));
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_OBJECT) {
                t = p.nextToken();
            }
            if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
                return ctxt.handleUnexpectedToken(valueType, p);
            }
            var values = new LinkedHashMap<String, Object>();
            for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonDeserializer<Object> deser = deserializers.get(name);
                JsonToken v = p.nextToken();
                if (deser == null) {
                    ctxt.handleUnknownProperty(p, this, valueType, name);
                    continue;
                }
                Strict.check(p, valueType, name, values.containsKey(name), integral.contains(name));
                TypeDeserializer td = typed.get(name);
                Object value = v == JsonToken.VALUE_NULL
                        ? deser.getNullValue(ctxt)
                        : td == null ? deser.deserialize(p, ctxt) : deser.deserializeWithType(p, ctxt, td);
                if (value != null) {
                    values.put(name, value);
                }
            }
            try {
                return valueType == Scenario.class ? scenario(values, ctxt) : build(values);
            } catch (InvocationTargetException e) {
                throw Strict.invalid(p, valueType, e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        private Object build(Map<String, Object> values) throws ReflectiveOperationException {
            Builder b = builder();
            Object builder = b.create().invoke(null);
            for (var v : values.entrySet()) {
                b.setters().get(v.getKey()).invoke(builder, v.getValue());
            }
            return b.build().invoke(builder);
        }

        /** The builder's methods, looked up once. */
        private record Builder(Method create, Map<String, Method> setters, Method build) {}

        private volatile Builder builder;

        private Builder builder() throws NoSuchMethodException {
            Builder b = builder;
            if (b == null) {
                Method create = valueType.getMethod("builder");
                Class<?> type = create.getReturnType();
                var setters = new LinkedHashMap<String, Method>();
                for (Attribute a : attributes) {
                    setters.put(a.wire(), type.getMethod(a.name(), a.accessor().getReturnType()));
                }
                b = new Builder(create, Map.copyOf(setters), type.getMethod("build"));
                builder = b;
            }
            return b;
        }

        /** A scenario through its validating builder; a mission without achievement yet comes back as such. */
        @SuppressWarnings("unchecked")
        private Object scenario(Map<String, Object> values, DeserializationContext ctxt) throws IOException {
            Object id = values.get("id");
            if (!(id instanceof String sid)) {
                return ctxt.reportInputMismatch(this, "a scenario needs an id");
            }
            var b = Scenario.builder(sid);
            if (values.get("region") instanceof String region) {
                b.region(region);
            }
            if (values.get("population") instanceof Long population) {
                b.population(population);
            }
            if (values.get("signature") instanceof LocalDate signature) {
                b.signedOn(signature);
            }
            if (values.get("contractYear") instanceof Integer year) {
                b.contractYear(year);
            }
            var missions = (TreeMap<Mission, LocalDate>) values.getOrDefault("missions", TreeMap.empty());
            var achievements = (TreeMap<Mission, Achievement>) values.getOrDefault("achievements", TreeMap.empty());
            for (var m : missions) {
                achievements.get(m._1).forEach(a -> b.mission(m._1, m._2, a));
            }
            for (var a : achievements) {
                if (!missions.containsKey(a._1)) {
                    b.achievement(a._1, a._2);
                }
            }
            Validation<Seq<Problem>, Scenario> built = b.build();
            if (built.isInvalid()) {
                return ctxt.reportInputMismatch(this, "invalid scenario: %s", ValueCodecs.describe(built.getError()));
            }
            return built.get().withMissions(missions);
        }
    }
}
