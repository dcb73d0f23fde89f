package io.github.cptskit.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.cptskit.aci.calculation.Amounts;
import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.Commune;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.core.territory.Territory;
import io.github.cptskit.json.CptsJsonException;
import io.github.cptskit.json.problem.JsonProblem;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Locale;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryException;

/** The small values of the domain as JSON scalars (or, for money, a two-field object). */
final class ValueCodecs {
    private ValueCodecs() {}

    /** Every problem's English message with its code, for an exception message. */
    static String describe(Seq<Problem> problems) {
        return problems.map(p -> p.code() + ": " + p.message(Locale.ENGLISH)).mkString("; ");
    }

    /** A record of one string (identifiers, references): the string. */
    static final class StringRecordSerializer extends StdScalarSerializer<Object> {
        private final Method accessor;

        StringRecordSerializer(Class<?> type) {
            super(type, false);
            this.accessor = type.getRecordComponents()[0].getAccessor();
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            try {
                gen.writeString((String) accessor.invoke(value));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A record of one string, through its validating canonical constructor. */
    static final class StringRecordDeserializer extends StdScalarDeserializer<Object> {
        private final Constructor<?> constructor;

        StringRecordDeserializer(Class<?> type) {
            super(type);
            try {
                this.constructor = type.getDeclaredConstructor(String.class);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getText();
            try {
                return constructor.newInstance(text);
            } catch (InvocationTargetException e) {
                throw ctxt.weirdStringException(
                        text, handledType(), e.getCause().getMessage());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** An IDNPS: its 12-character form (0 + ADELI or 8 + RPPS). */
    static final class IdnpsSerializer extends StdScalarSerializer<Idnps> {
        IdnpsSerializer() {
            super(Idnps.class);
        }

        @Override
        public void serialize(Idnps value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.value());
        }
    }

    static final class IdnpsDeserializer extends StdScalarDeserializer<Idnps> {
        IdnpsDeserializer() {
            super(Idnps.class);
        }

        @Override
        public Idnps deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Idnps) ctxt.handleUnexpectedToken(Idnps.class, p);
            }
            String text = p.getText();
            var parsed = Idnps.parse(text);
            if (parsed.isInvalid()) {
                throw ctxt.weirdStringException(text, Idnps.class, describe(parsed.getError()));
            }
            return parsed.get();
        }
    }

    /** A commune: its INSEE code. */
    static final class CommuneSerializer extends StdScalarSerializer<Commune> {
        CommuneSerializer() {
            super(Commune.class);
        }

        @Override
        public void serialize(Commune value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.code());
        }
    }

    /** A commune looked up in the registry; an unknown code is an error. */
    static final class CommuneDeserializer extends StdScalarDeserializer<Commune> {
        private final transient Supplier<CommuneRegistry> registry;

        CommuneDeserializer(Supplier<CommuneRegistry> registry) {
            super(Commune.class);
            this.registry = registry;
        }

        @Override
        public Commune deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Commune) ctxt.handleUnexpectedToken(Commune.class, p);
            }
            String code = p.getText();
            var found = registry.get().find(code);
            if (found.isEmpty()) {
                throw ctxt.weirdStringException(code, Commune.class, "no commune has this INSEE code");
            }
            return found.get();
        }
    }

    /** A territory: the array of its communes' codes. */
    static final class TerritorySerializer extends StdSerializer<Territory> {
        TerritorySerializer() {
            super(Territory.class);
        }

        @Override
        public void serialize(Territory value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartArray(value, value.size());
            for (Commune c : value.communes()) {
                gen.writeString(c.code());
            }
            gen.writeEndArray();
        }
    }

    /** A territory from commune codes; every unknown code is reported at once. */
    static final class TerritoryDeserializer extends StdDeserializer<Territory> {
        private final transient Supplier<CommuneRegistry> registry;

        TerritoryDeserializer(Supplier<CommuneRegistry> registry) {
            super(Territory.class);
            this.registry = registry;
        }

        @Override
        public Territory deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartArrayToken()) {
                return (Territory) ctxt.handleUnexpectedToken(Territory.class, p);
            }
            var codes = new ArrayList<String>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return (Territory) ctxt.handleUnexpectedToken(String.class, p);
                }
                codes.add(p.getText());
            }
            var territory = registry.get().territory(codes);
            if (territory.isInvalid()) {
                return (Territory) ctxt.reportInputMismatch(this, describe(territory.getError()));
            }
            return territory.get();
        }
    }

    /** Money: {@code {"amount":"123.45","currency":"EUR"}}, the amount a decimal string (exact). */
    static final class MoneySerializer extends StdSerializer<MonetaryAmount> {
        MoneySerializer() {
            super(MonetaryAmount.class);
        }

        @Override
        public void serialize(MonetaryAmount value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject(value);
            gen.writeStringField(
                    "amount",
                    value.getNumber().numberValueExact(BigDecimal.class).toPlainString());
            gen.writeStringField("currency", value.getCurrency().getCurrencyCode());
            gen.writeEndObject();
        }
    }

    /** The longest amount text read: 15 digits, a point and 10 decimals leave room for a sign and zeros. */
    public static final int MAX_AMOUNT_LENGTH = 40;

    /** Decimals an amount may have: cents, and the sub-cent rates some accounting keeps. */
    public static final int MAX_AMOUNT_DECIMALS = 10;

    /** Digits before the point: below a thousand billion euros, far above any CPTS budget. */
    public static final int MAX_AMOUNT_DIGITS = 15;

    static final class MoneyDeserializer extends StdDeserializer<MonetaryAmount> {
        MoneyDeserializer() {
            super(MonetaryAmount.class);
        }

        @Override
        public MonetaryAmount deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_OBJECT) {
                t = p.nextToken();
            }
            if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
                return (MonetaryAmount) ctxt.handleUnexpectedToken(MonetaryAmount.class, p);
            }
            String amount = null;
            String currency = null;
            for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "amount" -> amount = text(p, ctxt);
                    case "currency" -> currency = text(p, ctxt);
                    default -> ctxt.handleUnknownProperty(p, this, MonetaryAmount.class, name);
                }
            }
            if (amount == null || currency == null) {
                return (MonetaryAmount) ctxt.reportInputMismatch(this, "money needs both \"amount\" and \"currency\"");
            }
            BigDecimal number = amount(amount, p, ctxt);
            CurrencyUnit unit;
            try {
                // Amounts first: loading it quiets Moneta's INFO line before Moneta's first use.
                unit = Amounts.EUR.getCurrencyCode().equals(currency) ? Amounts.EUR : Monetary.getCurrency(currency);
            } catch (MonetaryException e) {
                throw ctxt.weirdStringException(currency, CurrencyUnit.class, "not an ISO 4217 currency code");
            }
            return Monetary.getDefaultAmountFactory()
                    .setCurrency(unit)
                    .setNumber(number)
                    .create();
        }

        /**
         * The amount, read only when its text is short: {@code new BigDecimal} is quadratic in the
         * length, and 1e999999999 would be written as a billion digits (issue #27).
         */
        private static BigDecimal amount(String amount, JsonParser p, DeserializationContext ctxt) throws IOException {
            if (amount.length() > MAX_AMOUNT_LENGTH) {
                throw outOfBounds(amount, p);
            }
            BigDecimal number;
            try {
                number = new BigDecimal(amount);
            } catch (NumberFormatException e) {
                throw ctxt.weirdStringException(amount, BigDecimal.class, "not a decimal number");
            }
            if (number.scale() > MAX_AMOUNT_DECIMALS || number.precision() - number.scale() > MAX_AMOUNT_DIGITS) {
                throw outOfBounds(amount, p);
            }
            return number;
        }

        private static CptsJsonException outOfBounds(String amount, JsonParser p) {
            String shown = amount.length() > 24 ? amount.substring(0, 24) + "…" : amount;
            return new CptsJsonException(
                    p,
                    Problem.of(
                            JsonProblem.JSON_MONEY_BOUNDS,
                            shown,
                            MAX_AMOUNT_LENGTH,
                            MAX_AMOUNT_DECIMALS,
                            MAX_AMOUNT_DIGITS));
        }

        private String text(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                // A JSON number would go through a double somewhere in many clients: strings only.
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            return p.getText();
        }
    }

    /** An enum with a published code (the FHIR statuses): its code. */
    static final class CodeEnumSerializer extends StdScalarSerializer<Enum<?>> {
        private final Method code;

        @SuppressWarnings({"unchecked", "rawtypes"})
        CodeEnumSerializer(Class<?> type, Method code) {
            super((Class) type, false);
            this.code = code;
        }

        @Override
        public void serialize(Enum<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            try {
                gen.writeString((String) code.invoke(value));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static final class CodeEnumDeserializer extends StdScalarDeserializer<Enum<?>> {
        private final java.util.Map<String, Enum<?>> byCode = new java.util.HashMap<>();

        @SuppressWarnings({"unchecked", "rawtypes"})
        CodeEnumDeserializer(Class<?> type, Method code) {
            super((Class) type);
            for (Object constant : type.getEnumConstants()) {
                try {
                    byCode.put((String) code.invoke(constant), (Enum<?>) constant);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        @Override
        public Enum<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Enum<?>) ctxt.handleUnexpectedToken(handledType(), p);
            }
            Enum<?> found = byCode.get(p.getText());
            if (found == null) {
                throw ctxt.weirdStringException(
                        p.getText(), handledType(), "not one of the codes " + new java.util.TreeSet<>(byCode.keySet()));
            }
            return found;
        }
    }
}
