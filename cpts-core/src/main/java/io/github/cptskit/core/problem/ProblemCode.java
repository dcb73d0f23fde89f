package io.github.cptskit.core.problem;

import io.github.cptskit.core.law.LegalReference;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An entry of a module's catalogue of problems: the stable code that programs test, its severity,
 * its legal reference when a fixed rule of law is behind it, and its French and English message
 * templates, kept in the module's resource bundles ({@code messages_fr.properties} and
 * {@code messages_en.properties}, {@link java.text.MessageFormat} placeholders {@code {0}},
 * {@code {1}}…) under the entry's {@link #name()}.
 *
 * <p>Each module lists its problems in one enum implementing this interface ({@code CoreProblem},
 * {@code PathwaysProblem}, {@code AciProblem}…); call sites pass an entry and the facts,
 * {@link Problem#of(ProblemCode, Object...)} fills in both messages. Several entries may share a
 * code when one rule is broken in several ways (their messages differ, the code does not).
 *
 * <pre>{@code
 * Problem p = Problem.of(CoreProblem.MEMBER_DUPLICATE, "rpps:10003056820");
 * p.code();                    // "MEMBER_DUPLICATE"
 * p.message(Locale.FRENCH);    // "membre listé plusieurs fois : rpps:10003056820"
 * }</pre>
 */
public interface ProblemCode {

    /**
     * The entry's name, its key in the bundles.
     *
     * @return the enum constant's name
     */
    String name();

    /**
     * What the entry declares: its severity, its code when it differs from its name, its fixed
     * legal reference.
     *
     * @return the declaration
     */
    Spec spec();

    /**
     * The stable code that programs test; it never changes between versions.
     *
     * @return for example {@code RPPS_KEY}: the entry's name unless it declares another code
     */
    default String code() {
        String code = spec().code();
        return code == null ? name() : code;
    }

    /**
     * How serious the problem is.
     *
     * @return error or warning
     */
    default Severity severity() {
        return spec().severity();
    }

    /**
     * The legal reference of the rule behind the problem, when it is one fixed text; empty when
     * there is none or when it depends on the case (the call site then gives it with
     * {@link Problem#withReference}).
     *
     * @return the reference, if fixed
     */
    default Option<LegalReference> reference() {
        Supplier<LegalReference> reference = spec().reference();
        return reference == null ? Option.none() : Option.of(reference.get());
    }

    /**
     * {@link #reference()} as an {@code Optional} (decision record 0004).
     *
     * @return the reference, if fixed
     */
    default java.util.Optional<LegalReference> referenceOptional() {
        return reference().toJavaOptional();
    }

    /**
     * The base name of the bundles holding the messages: {@code messages} in the catalogue's package.
     *
     * @return for example {@code io.github.cptskit.core.problem.messages}
     */
    default String bundle() {
        return getClass().getPackageName() + ".messages";
    }

    /**
     * The module's messages in a language. A named module's bundles can be read by the module
     * alone, and {@code ResourceBundle.getBundle} answers for the module that calls it: a catalogue in
     * a named module overrides this method in one line, handing its own module's loader,
     * {@code return Catalogue.messages(bundle(), locale, (name, language) -> ResourceBundle.getBundle(name, language));} (the lambda
     * is written in the catalogue's module, so the bundles are found on the module path as on
     * the class path). This default serves catalogues on the class path and in open packages.
     *
     * @param locale French for a French locale, English otherwise
     * @return the bundle
     */
    default ResourceBundle messages(Locale locale) {
        return ResourceBundle.getBundle(
                bundle(), Catalogue.language(locale), getClass().getModule());
    }

    /**
     * The message template in a language.
     *
     * @param locale French for a French locale, English otherwise
     * @return the {@link java.text.MessageFormat} pattern
     * @throws java.util.MissingResourceException if the bundle lacks the entry (a test forbids it)
     */
    default String template(Locale locale) {
        return messages(locale).getString(name());
    }

    /**
     * What a catalogue entry declares, as its enum constant's argument.
     *
     * <pre>{@code
     * RPPS_KEY(Spec.error().withReference(() -> Rpps.REFERENCE)),
     * SISA_ASSOCIATE_PROFESSION(Spec.error().withCode("SISA_ASSOCIATE")),
     * }</pre>
     *
     * @param severity error or warning
     * @param code the code when it differs from the entry's name (several entries share a code), or null
     * @param reference the fixed legal reference, read when a problem is made (so that a catalogue
     *     loads before the rules it cites), or null
     */
    record Spec(
            Severity severity,
            @Nullable String code,
            @Nullable Supplier<LegalReference> reference) {

        /**
         * Checks the severity.
         *
         * @param severity error or warning
         * @param code the code when it differs from the entry's name (several entries share a code), or null
         * @param reference the fixed legal reference, read when a problem is made (so that a catalogue loads before the rules it cites), or null
         */
        public Spec {
            Objects.requireNonNull(severity, "severity");
        }

        /**
         * An error, coded by the entry's name, without a fixed reference.
         *
         * @return the declaration
         */
        public static Spec error() {
            return new Spec(Severity.ERROR, null, null);
        }

        /**
         * A warning, coded by the entry's name, without a fixed reference.
         *
         * @return the declaration
         */
        public static Spec warning() {
            return new Spec(Severity.WARNING, null, null);
        }

        /**
         * This declaration with another code than the entry's name.
         *
         * @param sharedCode the stable code
         * @return a new declaration
         */
        public Spec withCode(String sharedCode) {
            return new Spec(severity, Objects.requireNonNull(sharedCode, "sharedCode"), reference);
        }

        /**
         * This declaration with a fixed legal reference.
         *
         * @param fixedReference gives the reference when a problem is made
         * @return a new declaration
         */
        public Spec withReference(Supplier<LegalReference> fixedReference) {
            return new Spec(severity, code, Objects.requireNonNull(fixedReference, "fixedReference"));
        }
    }
}
