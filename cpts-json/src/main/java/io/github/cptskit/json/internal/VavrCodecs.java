package io.github.cptskit.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.vavr.Tuple2;
import io.vavr.collection.Array;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.IndexedSeq;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.collection.SortedMap;
import io.vavr.collection.SortedSet;
import io.vavr.collection.Stream;
import io.vavr.collection.Traversable;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;

/**
 * Vavr values as plain JSON: a {@code Seq} or {@code Set} as an array, a {@code Map} as an object whose
 * keys go through Jackson's key serializers, an {@code Option} as its value or {@code null}.
 */
final class VavrCodecs {
    private VavrCodecs() {}

    /**
     * Writes the elements of a container declared with {@code type}, with their type id if that type has
     * one. The type serializer and a declared Vavr type's serializer are found once, on first use.
     */
    static final class Element {
        private final JavaType type;
        private final boolean declared;
        private volatile boolean resolved;
        private TypeSerializer typed;
        private JsonSerializer<Object> declaredSerializer;

        Element(JavaType type) {
            this.type = type;
            // A declared Vavr type keeps its element types (a Some's runtime class has none); any other
            // value is written as what it is.
            this.declared = type.containedTypeCount() > 0
                    && (Option.class.isAssignableFrom(type.getRawClass())
                            || Traversable.class.isAssignableFrom(type.getRawClass()));
        }

        void write(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value == null) {
                provider.defaultSerializeNull(gen);
                return;
            }
            if (!resolved) {
                typed = type.hasRawClass(Object.class) ? null : provider.findTypeSerializer(type);
                declaredSerializer = declared ? provider.findValueSerializer(type) : null;
                resolved = true;
            }
            JsonSerializer<Object> ser =
                    declaredSerializer != null ? declaredSerializer : provider.findValueSerializer(value.getClass());
            if (typed == null) {
                ser.serialize(value, gen, provider);
            } else {
                ser.serializeWithType(value, gen, provider, typed);
            }
        }
    }

    /** Seq, Set, Stream, any Traversable but a Map: an array. */
    static final class TraversableSerializer extends StdSerializer<Traversable<?>> {
        private final Element content;

        TraversableSerializer(JavaType type) {
            super(type);
            this.content = new Element(type.containedTypeOrUnknown(0));
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Traversable<?> value) {
            return value.isEmpty();
        }

        @Override
        public void serialize(Traversable<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartArray(value);
            for (Object e : value) {
                content.write(e, gen, provider);
            }
            gen.writeEndArray();
        }
    }

    /** A Map: an object. */
    static final class MapSerializer extends StdSerializer<Map<?, ?>> {
        private final JavaType key;
        private final Element content;

        MapSerializer(JavaType type) {
            super(type);
            this.key = type.containedTypeOrUnknown(0);
            this.content = new Element(type.containedTypeOrUnknown(1));
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Map<?, ?> value) {
            return value.isEmpty();
        }

        @Override
        public void serialize(Map<?, ?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject(value);
            JsonSerializer<Object> keys = provider.findKeySerializer(key, null);
            for (Tuple2<?, ?> entry : value) {
                keys.serialize(entry._1, gen, provider);
                content.write(entry._2, gen, provider);
            }
            gen.writeEndObject();
        }
    }

    /** An Option: its value, or null. */
    static final class OptionSerializer extends StdSerializer<Option<?>> {
        private final Element content;

        OptionSerializer(JavaType type) {
            super(type);
            this.content = new Element(type.containedTypeOrUnknown(0));
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Option<?> value) {
            return value.isEmpty();
        }

        @Override
        public void serialize(Option<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.isEmpty()) {
                gen.writeNull();
            } else {
                content.write(value.get(), gen, provider);
            }
        }
    }

    /** Reads an array into the Vavr collection type asked for. */
    static final class TraversableDeserializer extends StdDeserializer<Traversable<?>>
            implements ContextualDeserializer {
        private final JavaType type;
        private final JsonDeserializer<Object> elements;
        private final TypeDeserializer typed;

        TraversableDeserializer(JavaType type) {
            this(type, null, null);
        }

        private TraversableDeserializer(JavaType type, JsonDeserializer<Object> elements, TypeDeserializer typed) {
            super(type);
            this.type = type;
            this.elements = elements;
            this.typed = typed;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            JavaType content = type.containedTypeOrUnknown(0);
            return new TraversableDeserializer(
                    type,
                    ctxt.findContextualValueDeserializer(content, property),
                    ctxt.getConfig().findTypeDeserializer(content));
        }

        @Override
        public Traversable<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartArrayToken()) {
                return (Traversable<?>) ctxt.handleUnexpectedToken(type, p);
            }
            var values = new ArrayList<Object>();
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == JsonToken.VALUE_NULL) {
                    values.add(elements.getNullValue(ctxt));
                } else if (typed == null) {
                    values.add(elements.deserialize(p, ctxt));
                } else {
                    values.add(elements.deserializeWithType(p, ctxt, typed));
                }
            }
            return of(type.getRawClass(), values);
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) {
            return of(type.getRawClass(), new ArrayList<>());
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Traversable<?> of(Class<?> raw, ArrayList<Object> values) {
            Comparator natural = Comparator.naturalOrder();
            if (SortedSet.class.isAssignableFrom(raw)) {
                return TreeSet.ofAll(natural, (Iterable) values);
            }
            if (LinkedHashSet.class.isAssignableFrom(raw)) {
                return LinkedHashSet.ofAll(values);
            }
            if (Set.class.isAssignableFrom(raw)) {
                return HashSet.ofAll(values);
            }
            if (Array.class.isAssignableFrom(raw)) {
                return Array.ofAll(values);
            }
            if (Stream.class.isAssignableFrom(raw)) {
                return Stream.ofAll(values);
            }
            if (IndexedSeq.class.isAssignableFrom(raw)) {
                return Vector.ofAll(values);
            }
            return List.ofAll(values);
        }
    }

    /** Reads an object into the Vavr map type asked for. */
    static final class MapDeserializer extends StdDeserializer<Map<?, ?>> implements ContextualDeserializer {
        private final JavaType type;
        private final KeyDeserializer keys;
        private final JsonDeserializer<Object> values;
        private final TypeDeserializer typed;

        MapDeserializer(JavaType type) {
            this(type, null, null, null);
        }

        private MapDeserializer(
                JavaType type, KeyDeserializer keys, JsonDeserializer<Object> values, TypeDeserializer typed) {
            super(type);
            this.type = type;
            this.keys = keys;
            this.values = values;
            this.typed = typed;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            JavaType content = type.containedTypeOrUnknown(1);
            return new MapDeserializer(
                    type,
                    ctxt.findKeyDeserializer(type.containedTypeOrUnknown(0), property),
                    ctxt.findContextualValueDeserializer(content, property),
                    ctxt.getConfig().findTypeDeserializer(content));
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Map<?, ?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_OBJECT) {
                t = p.nextToken();
            }
            if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
                return (Map<?, ?>) ctxt.handleUnexpectedToken(type, p);
            }
            var entries = new java.util.LinkedHashMap<Object, Object>();
            for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                Object key = keys.deserializeKey(p.currentName(), ctxt);
                JsonToken v = p.nextToken();
                Object value = v == JsonToken.VALUE_NULL
                        ? values.getNullValue(ctxt)
                        : typed == null ? values.deserialize(p, ctxt) : values.deserializeWithType(p, ctxt, typed);
                entries.put(key, value);
            }
            Class<?> raw = type.getRawClass();
            if (SortedMap.class.isAssignableFrom(raw)) {
                return TreeMap.ofAll((Comparator) Comparator.naturalOrder(), (java.util.Map) entries);
            }
            if (HashMap.class.isAssignableFrom(raw)) {
                return HashMap.ofAll(entries);
            }
            // Map and LinkedHashMap: keep the order the document gives.
            return LinkedHashMap.ofAll(entries);
        }
    }

    /** Reads a value or null into an Option. */
    static final class OptionDeserializer extends StdDeserializer<Option<?>> implements ContextualDeserializer {
        private final JavaType type;
        private final JsonDeserializer<Object> value;
        private final TypeDeserializer typed;

        OptionDeserializer(JavaType type) {
            this(type, null, null);
        }

        private OptionDeserializer(JavaType type, JsonDeserializer<Object> value, TypeDeserializer typed) {
            super(type);
            this.type = type;
            this.value = value;
            this.typed = typed;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            JavaType content = type.containedTypeOrUnknown(0);
            return new OptionDeserializer(
                    type,
                    ctxt.findContextualValueDeserializer(content, property),
                    ctxt.getConfig().findTypeDeserializer(content));
        }

        @Override
        public Option<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Option.of(typed == null ? value.deserialize(p, ctxt) : value.deserializeWithType(p, ctxt, typed));
        }

        @Override
        public Option<?> getNullValue(DeserializationContext ctxt) {
            return Option.none();
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return Option.none();
        }
    }
}
