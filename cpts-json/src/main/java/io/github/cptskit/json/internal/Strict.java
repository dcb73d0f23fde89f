package io.github.cptskit.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.problem.ProblemsException;
import io.github.cptskit.json.CptsJsonException;
import io.github.cptskit.json.problem.JsonProblem;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What CptsModule refuses in the objects of the API, whatever the host's mapper features: a field given
 * twice (Jackson keeps the last one unless {@code STRICT_DUPLICATE_DETECTION} is on), a float where an
 * integer is expected (Jackson truncates 97000.9 to 97000 unless {@code ACCEPT_FLOAT_AS_INT} is off), and
 * a value its type's constructor refuses, reported with its coded problem (issue #27).
 */
final class Strict {
    private Strict() {}

    /** @return whether a component of this type takes a JSON integer only */
    static boolean isIntegral(Class<?> raw) {
        return raw == int.class
                || raw == long.class
                || raw == short.class
                || raw == byte.class
                || raw == Integer.class
                || raw == Long.class
                || raw == Short.class
                || raw == Byte.class;
    }

    /**
     * Checks one field of an object before its value is read.
     *
     * @param p the parser, on the field's value
     * @param type the object's type, for the message
     * @param name the field
     * @param seen whether the field was already read in this object
     * @param integral whether the field takes an integer
     */
    static void check(JsonParser p, Class<?> type, String name, boolean seen, boolean integral) throws IOException {
        if (seen) {
            throw new CptsJsonException(p, Problem.of(JsonProblem.JSON_DUPLICATE_FIELD, name));
        }
        if (integral && p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            throw new CptsJsonException(
                    p, Problem.of(JsonProblem.JSON_INTEGER_EXPECTED, type.getSimpleName() + "." + name, p.getText()));
        }
    }

    /**
     * The coded problem of a value its type refused.
     *
     * @param p the parser
     * @param type the type
     * @param cause what its constructor or builder threw
     * @return the exception to throw
     */
    static CptsJsonException invalid(JsonParser p, Class<?> type, Throwable cause) {
        String why = cause instanceof ProblemsException pe
                ? pe.problemList().stream()
                        .map(x -> x.code() + " " + x.message(Locale.ENGLISH))
                        .collect(Collectors.joining("; "))
                : String.valueOf(cause.getMessage());
        CptsJsonException e =
                new CptsJsonException(p, Problem.of(JsonProblem.JSON_VALUE_INVALID, type.getSimpleName(), why));
        e.initCause(cause);
        return e;
    }

    /** Wraps the bean deserializers of the API's records in {@link RecordReader}. */
    static BeanDeserializerModifier records(String base) {
        return new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
                Class<?> raw = beanDesc.getBeanClass();
                if (!raw.isRecord() || !raw.getName().startsWith(base)) {
                    return deserializer;
                }
                Set<String> integral = new HashSet<>();
                for (RecordComponent c : raw.getRecordComponents()) {
                    if (isIntegral(c.getType())) {
                        integral.add(c.getName());
                    }
                }
                return new RecordReader(deserializer, raw, Set.copyOf(integral));
            }
        };
    }

    /**
     * A record's object is copied once, its top-level fields checked, then read by Jackson's own record
     * deserializer; the record's constructor refusing it becomes {@code JSON_VALUE_INVALID}.
     */
    static final class RecordReader extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;
        private final Class<?> type;
        private final Set<String> integral;

        RecordReader(JsonDeserializer<?> delegate, Class<?> type, Set<String> integral) {
            super(delegate);
            this.type = type;
            this.integral = integral;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new RecordReader(newDelegatee, type, integral);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.START_OBJECT) && !p.hasToken(JsonToken.FIELD_NAME)) {
                return read(p, ctxt);
            }
            TokenBuffer copy = ctxt.bufferForInputBuffering(p);
            copy.writeStartObject();
            Set<String> seen = new HashSet<>();
            JsonToken t = p.hasToken(JsonToken.START_OBJECT) ? p.nextToken() : p.currentToken();
            for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                check(p, type, name, !seen.add(name), integral.contains(name));
                copy.writeFieldName(name);
                copy.copyCurrentStructure(p);
            }
            copy.writeEndObject();
            try (JsonParser q = copy.asParserOnFirstToken()) {
                return read(q, ctxt);
            }
        }

        private Object read(JsonParser p, DeserializationContext ctxt) throws IOException {
            try {
                return _delegatee.deserialize(p, ctxt);
            } catch (ValueInstantiationException e) {
                throw invalid(p, type, e.getCause() == null ? e : e.getCause());
            }
        }
    }
}
