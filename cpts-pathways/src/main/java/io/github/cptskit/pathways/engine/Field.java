package io.github.cptskit.pathways.engine;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.core.problem.Label;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.pathways.internal.PathwaysLabel;
import io.github.cptskit.pathways.internal.Pseudonymity;
import io.github.cptskit.pathways.problem.PathwaysProblem;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One datum an event type carries, with its kind and whether it is required. Events hold plain
 * strings (so that a host stores them as JSON as they are); a field says which strings are valid.
 * There is deliberately no free-text kind: a {@link Kind#TOKEN} is a short opaque key, so that no
 * name, address or note can be written into an event log, and a value shaped like a NIR is refused.
 *
 * <pre>{@code
 * Field.choice("decision", "regulator's decision", "CONSEIL", "TELECONSULTATION", "URGENCES", "RDV");
 * Field.integer("majorationsSemaine", "SNP majorations this doctor billed this week", 0, 1000);
 * Field.token("effecteur", "RPPS of the effecteur").optional();
 * }</pre>
 *
 * @param name the key in the event's data
 * @param kind the kind of value
 * @param choices the allowed values of a {@link Kind#CHOICE}, in order (empty otherwise)
 * @param min the smallest {@link Kind#INTEGER}
 * @param max the largest {@link Kind#INTEGER}
 * @param required whether the event must carry it
 * @param description what it is, in English, for the event schema
 */
public record Field(
        String name, Kind kind, Set<String> choices, long min, long max, boolean required, String description) {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /** What a field holds. */
    public enum Kind {
        /** An opaque key of 1 to 64 letters, digits or {@code - _ . :} (an RPPS, an id in the host). */
        TOKEN,
        /** One of a fixed list of codes. */
        CHOICE,
        /** A whole number within bounds. */
        INTEGER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** An ISO date, {@code 2025-03-31}, checked strictly (no 30 February). */
        DATE,
        /** An ISO instant, {@code 2025-03-31T08:00:00Z}. */
        INSTANT
    }

    /**
     * Checks the components.
     *
     * @param name the key in the event's data
     * @param kind the kind of value
     * @param choices the allowed values of a {@link Kind#CHOICE}, in order (empty otherwise)
     * @param min the smallest {@link Kind#INTEGER}
     * @param max the largest {@link Kind#INTEGER}
     * @param required whether the event must carry it
     * @param description what it is, in English, for the event schema
     */
    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(choices, "choices");
        Objects.requireNonNull(description, "description");
        if (!Pseudonymity.isToken(name)) {
            throw new IllegalArgumentException("a field name is a token: " + name);
        }
        if (kind == Kind.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("a choice field needs choices: " + name);
        }
        if (min > max) {
            throw new IllegalArgumentException("min > max for " + name);
        }
    }

    /**
     * @param name the key
     * @param description what it is
     * @return a required token field
     */
    public static Field token(String name, String description) {
        return new Field(name, Kind.TOKEN, LinkedHashSet.empty(), 0, 0, true, description);
    }

    /**
     * @param name the key
     * @param description what it is
     * @param choices the allowed codes
     * @return a required choice field
     */
    public static Field choice(String name, String description, String... choices) {
        return new Field(name, Kind.CHOICE, LinkedHashSet.of(choices), 0, 0, true, description);
    }

    /**
     * @param name the key
     * @param description what it is
     * @param min the smallest value
     * @param max the largest value
     * @return a required integer field
     */
    public static Field integer(String name, String description, long min, long max) {
        return new Field(name, Kind.INTEGER, LinkedHashSet.empty(), min, max, true, description);
    }

    /**
     * @param name the key
     * @param description what it is
     * @return a required boolean field
     */
    public static Field bool(String name, String description) {
        return new Field(name, Kind.BOOLEAN, LinkedHashSet.empty(), 0, 0, true, description);
    }

    /**
     * @param name the key
     * @param description what it is
     * @return a required date field
     */
    public static Field date(String name, String description) {
        return new Field(name, Kind.DATE, LinkedHashSet.empty(), 0, 0, true, description);
    }

    /**
     * @param name the key
     * @param description what it is
     * @return a required instant field
     */
    public static Field instant(String name, String description) {
        return new Field(name, Kind.INSTANT, LinkedHashSet.empty(), 0, 0, true, description);
    }

    /** @return this field, optional */
    public Field optional() {
        return new Field(name, kind, choices, min, max, false, description);
    }

    /**
     * Checks a value of this field.
     *
     * @param eventType the event type, for the messages
     * @param value the value, if the event carries one
     * @return the problem, if any ({@code EVENT_DATA_MISSING}, {@code EVENT_DATA_INVALID},
     *     {@code EVENT_DATA_LOOKS_LIKE_NIR}, {@code EVENT_DATA_LOOKS_PERSONAL})
     */
    public Option<Problem> check(String eventType, Option<String> value) {
        if (value.isEmpty()) {
            return required
                    ? Option.some(Problem.of(PathwaysProblem.EVENT_DATA_MISSING, eventType, name))
                    : Option.none();
        }
        String v = value.get();
        Pseudonymity.Kind personal = Pseudonymity.personal(v);
        if (personal != Pseudonymity.Kind.NONE) {
            return Option.some(Problem.of(
                    personal == Pseudonymity.Kind.NIR
                            ? PathwaysProblem.EVENT_DATA_LOOKS_LIKE_NIR
                            : PathwaysProblem.EVENT_DATA_LOOKS_PERSONAL,
                    eventType,
                    name));
        }
        return valid(v) ? Option.none() : Option.some(invalid(eventType, v));
    }

    /**
     * Whether a value given in a Java type other than a string fits this field (see {@link Command}).
     *
     * @param type the value's class
     * @return true for a whole number and an integer field, a {@code Boolean} and a boolean field…
     */
    boolean acceptsJavaType(Class<?> type) {
        boolean whole = type == Integer.class
                || type == Long.class
                || type == Short.class
                || type == Byte.class
                || type == java.math.BigInteger.class;
        boolean constant = Enum.class.isAssignableFrom(type);
        return switch (kind) {
            case INTEGER -> whole;
            case BOOLEAN -> type == Boolean.class;
            case DATE -> type == LocalDate.class;
            case INSTANT -> type == Instant.class;
            case CHOICE -> constant;
            case TOKEN -> whole || constant || type == java.util.UUID.class;
        };
    }

    /** The allocation-free check of the hot path: {@code value} is null when absent. */
    boolean accepts(String value) {
        return value == null ? !required : Pseudonymity.personal(value) == Pseudonymity.Kind.NONE && valid(value);
    }

    private boolean valid(String v) {
        switch (kind) {
            case TOKEN:
                return Pseudonymity.isToken(v);
            case CHOICE:
                return choices.contains(v);
            case BOOLEAN:
                return v.equals("true") || v.equals("false");
            case INTEGER:
                return integerInRange(v);
            case DATE:
                try {
                    LocalDate.parse(v);
                    return true;
                } catch (DateTimeException e) {
                    return false;
                }
            default:
                try {
                    Instant.parse(v);
                    return true;
                } catch (DateTimeException e) {
                    return false;
                }
        }
    }

    private boolean integerInRange(String v) {
        int start = v.startsWith("-") ? 1 : 0;
        if (v.length() == start || v.length() - start > 18) {
            return false;
        }
        long n = 0;
        for (int i = start; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            n = n * 10 + (c - '0');
        }
        n = start == 1 ? -n : n;
        return n >= min && n <= max;
    }

    // The value is not repeated: a name or a birth date typed in the wrong place must not reach a log.
    private Problem invalid(String eventType, String v) {
        return Problem.of(PathwaysProblem.EVENT_DATA_INVALID, eventType, name, (Label) this::expected);
    }

    /**
     * What a valid value is, in a reader's language.
     *
     * @param locale French for a French locale, English otherwise
     * @return for example "un entier entre 1 et 9" / "a whole number between 1 and 9"
     */
    public String expected(Locale locale) {
        return switch (kind) {
            case TOKEN -> PathwaysLabel.EXPECTED_TOKEN.format(locale);
            case CHOICE -> PathwaysLabel.EXPECTED_CHOICE.format(locale, choices.mkString(", "));
            case BOOLEAN -> PathwaysLabel.EXPECTED_BOOLEAN.format(locale);
            case INTEGER -> PathwaysLabel.EXPECTED_INTEGER.format(locale, min, max);
            case DATE -> PathwaysLabel.EXPECTED_DATE.format(locale);
            default -> PathwaysLabel.EXPECTED_INSTANT.format(locale);
        };
    }

    /** @return what a valid value is, in French */
    public String expectedFr() {
        return expected(Locale.FRENCH);
    }

    /** @return what a valid value is, in English */
    public String expectedEn() {
        return expected(Locale.ENGLISH);
    }

    /**
     * {@link #choices()} as an unmodifiable {@code java.util.Set}, in the same order (decision record 0004).
     *
     * @return the same values
     */
    public java.util.Set<String> choicesSet() {
        return java.util.Collections.unmodifiableSet(choices().toJavaSet(java.util.LinkedHashSet::new));
    }
}
