package io.github.cptskit.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.IOException;

/**
 * Vavr's {@code Validation} and {@code Either} as one-field objects: {@code {"valid": value}} or
 * {@code {"invalid": problems}}, {@code {"right": value}} or {@code {"left": value}}; read back with
 * their declared type ({@code new TypeReference<Validation<Seq<Problem>, Cpts>>() {}}). The other
 * control types of Vavr ({@code Try}, {@code Lazy}, {@code Future}, {@code Promise}) are refused when
 * written: Jackson would otherwise dump their getters ({@code "invalid":true,"valid":false,"empty":true…}).
 */
final class ControlCodecs {
    private ControlCodecs() {}

    /** Vavr types that have no JSON form here. */
    static boolean refused(Class<?> raw) {
        return io.vavr.control.Try.class.isAssignableFrom(raw)
                || io.vavr.Lazy.class.isAssignableFrom(raw)
                || io.vavr.concurrent.Future.class.isAssignableFrom(raw)
                || io.vavr.concurrent.Promise.class.isAssignableFrom(raw);
    }

    /** {@code {"valid": value}} or {@code {"invalid": error}}. */
    static final class ValidationSerializer extends StdSerializer<Validation<?, ?>> {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings({"unchecked", "rawtypes"})
        ValidationSerializer() {
            super((Class) Validation.class);
        }

        @Override
        public void serialize(Validation<?, ?> value, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeStartObject();
            if (value.isValid()) {
                provider.defaultSerializeField("valid", value.get(), gen);
            } else {
                provider.defaultSerializeField("invalid", value.getError(), gen);
            }
            gen.writeEndObject();
        }
    }

    /** {@code {"right": value}} or {@code {"left": value}}. */
    static final class EitherSerializer extends StdSerializer<Either<?, ?>> {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings({"unchecked", "rawtypes"})
        EitherSerializer() {
            super((Class) Either.class);
        }

        @Override
        public void serialize(Either<?, ?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            if (value.isRight()) {
                provider.defaultSerializeField("right", value.get(), gen);
            } else {
                provider.defaultSerializeField("left", value.getLeft(), gen);
            }
            gen.writeEndObject();
        }
    }

    /** Refuses to write a type that has no JSON form, naming it. */
    static final class RefusingSerializer extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;

        RefusingSerializer() {
            super(Object.class);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            provider.reportMappingProblem(
                    "cptskit's CptsModule has no JSON form for %s: write its value (or its Either/Validation)"
                            + " instead",
                    value.getClass().getName());
        }
    }

    /** Reads the one-field object of a Validation ({@code valid}/{@code invalid}) or an Either ({@code right}/{@code left}). */
    static final class ControlDeserializer extends StdDeserializer<Object> implements ContextualDeserializer {
        private static final long serialVersionUID = 1L;

        private final JavaType type;
        private final boolean validation;
        private final transient JsonDeserializer<Object> left;
        private final transient JsonDeserializer<Object> right;

        ControlDeserializer(JavaType type, boolean validation) {
            this(type, validation, null, null);
        }

        private ControlDeserializer(
                JavaType type, boolean validation, JsonDeserializer<Object> left, JsonDeserializer<Object> right) {
            super(type);
            this.type = type;
            this.validation = validation;
            this.left = left;
            this.right = right;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            return new ControlDeserializer(
                    type,
                    validation,
                    ctxt.findContextualValueDeserializer(type.containedTypeOrUnknown(0), property),
                    ctxt.findContextualValueDeserializer(type.containedTypeOrUnknown(1), property));
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String good = validation ? "valid" : "right";
            String bad = validation ? "invalid" : "left";
            if (!p.isExpectedStartObjectToken()) {
                return ctxt.reportInputMismatch(this, "%s is an object {\"%s\": …} or {\"%s\": …}", kind(), good, bad);
            }
            String field = p.nextFieldName();
            if (field == null || !(field.equals(good) || field.equals(bad))) {
                return ctxt.reportInputMismatch(
                        this, "%s has one field, \"%s\" or \"%s\"; found \"%s\"", kind(), good, bad, field);
            }
            p.nextToken();
            boolean isGood = field.equals(good);
            Object content = (isGood ? right : left).deserialize(p, ctxt);
            if (p.nextToken() != JsonToken.END_OBJECT) {
                return ctxt.reportInputMismatch(this, "%s has one field, \"%s\" or \"%s\"", kind(), good, bad);
            }
            if (validation) {
                return isGood ? Validation.valid(content) : Validation.invalid(content);
            }
            return isGood ? Either.right(content) : Either.left(content);
        }

        private String kind() {
            return validation ? "a Validation" : "an Either";
        }
    }
}
