package io.github.cptskit.core.problem;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.core.law.LegalReference;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something wrong with an input or a rule not met: a stable code that programs can test, a severity,
 * a message in French and in English with the concrete facts, and, when a rule of law is behind it,
 * its legal reference.
 *
 * <p>cptskit never throws at a user for bad input: everything that checks input returns a Vavr
 * {@code Validation<Seq<Problem>, T>} that carries every problem at once (decision record 0004);
 * {@link Results#orElseThrow} turns it into the value or one {@link ProblemsException}.
 *
 * <p>Each module lists its problems in a catalogue ({@link ProblemCode}); a problem is made from an
 * entry of it and the facts of the case, and both messages come from the module's bundles:
 *
 * <pre>{@code
 * Problem p = Problem.of(CoreProblem.RPPS_KEY, "10002909372");
 * p.code();                  // "RPPS_KEY"
 * p.message(Locale.FRENCH);  // "clé de contrôle (Luhn) invalide pour le numéro RPPS 10002909372"
 * p.format(Locale.FRENCH);   // "erreur RPPS_KEY: clé de contrôle … [ANS, …]"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code a stable, upper-case code such as {@code RPPS_KEY}; never changes between versions
 * @param severity error or warning
 * @param messageFr the message in French
 * @param messageEn the message in English
 * @param reference the legal reference behind the rule, if any
 * @param location where in a user's file, if the input came from one
 */
public record Problem(
        String code,
        Severity severity,
        String messageFr,
        String messageEn,
        Option<LegalReference> reference,
        Option<Location> location) {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /**
     * Checks the components.
     *
     * @param code a stable, upper-case code such as {@code RPPS_KEY}; never changes between versions
     * @param severity error or warning
     * @param messageFr the message in French
     * @param messageEn the message in English
     * @param reference the legal reference behind the rule, if any
     * @param location where in a user's file, if the input came from one
     */
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageFr, "messageFr");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(location, "location");
    }

    /**
     * A problem of a module's catalogue: its code, severity and fixed legal reference, and its
     * messages filled in with the facts of the case. An argument that is a {@link Label} is written
     * in each message's language; any other argument as {@link String#valueOf(Object)} writes it
     * (numbers and dates are not reformatted, so both messages show the same figures).
     *
     * @param entry the catalogue entry
     * @param arguments the facts, in the order of the placeholders {@code {0}}, {@code {1}}…
     * @return the problem
     */
    public static Problem of(ProblemCode entry, @Nullable Object... arguments) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(arguments, "arguments");
        return new Problem(
                entry.code(),
                entry.severity(),
                render(entry, Locale.FRENCH, arguments),
                render(entry, Locale.ENGLISH, arguments),
                entry.reference(),
                Option.none());
    }

    /**
     * A catalogue entry's message in one language.
     *
     * @param entry the entry
     * @param locale the language
     * @param arguments the facts
     * @return the message
     */
    public static String render(ProblemCode entry, Locale locale, @Nullable Object... arguments) {
        return Catalogue.format(entry.template(Catalogue.language(locale)), locale, arguments);
    }

    /**
     * An error with messages written by the caller, for problems outside cptskit's catalogues (a
     * host application's own rules); cptskit itself uses {@link #of(ProblemCode, Object...)}.
     *
     * @param code the stable code
     * @param messageFr the French message
     * @param messageEn the English message
     * @return the problem
     */
    public static Problem error(String code, String messageFr, String messageEn) {
        return new Problem(code, Severity.ERROR, messageFr, messageEn, Option.none(), Option.none());
    }

    /**
     * A warning with messages written by the caller, for problems outside cptskit's catalogues.
     *
     * @param code the stable code
     * @param messageFr the French message
     * @param messageEn the English message
     * @return the problem
     */
    public static Problem warning(String code, String messageFr, String messageEn) {
        return new Problem(code, Severity.WARNING, messageFr, messageEn, Option.none(), Option.none());
    }

    /**
     * This problem with the legal reference of the rule behind it.
     *
     * @param ref the reference
     * @return a new problem
     */
    public Problem withReference(LegalReference ref) {
        return new Problem(code, severity, messageFr, messageEn, Option.of(ref), location);
    }

    /**
     * This problem located in a user's file.
     *
     * @param where the location
     * @return a new problem
     */
    public Problem at(Location where) {
        return new Problem(code, severity, messageFr, messageEn, reference, Option.of(where));
    }

    /**
     * The message in a language: French for a French locale, English otherwise.
     *
     * @param locale the reader's locale
     * @return the message
     */
    public String message(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? messageFr : messageEn;
    }

    /**
     * Whether this is an error.
     *
     * @return true if the severity is {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * One line for a terminal or a log: location, severity, code, message and reference, all in the
     * reader's language ({@code "erreur"}/{@code "avertissement"} in French).
     *
     * @param locale the reader's locale
     * @return the formatted line
     */
    public String format(Locale locale) {
        return location.map(l -> l + ": ").getOrElse("")
                + severity.label(locale) + " " + code + ": " + message(locale)
                + reference.map(r -> " [" + r.citation(locale) + "]").getOrElse("");
    }

    @Override
    public String toString() {
        return format(Locale.ENGLISH);
    }

    /**
     * {@link #reference()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<LegalReference> referenceOptional() {
        return reference().toJavaOptional();
    }

    /**
     * {@link #location()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<Location> locationOptional() {
        return location().toJavaOptional();
    }
}
