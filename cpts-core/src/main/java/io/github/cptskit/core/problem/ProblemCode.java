package io.github.cptskit.core.problem;

import io.github.cptskit.core.law.LegalReference;
import io.vavr.control.Option;
import java.util.Locale;

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
     * The stable code that programs test; it never changes between versions.
     *
     * @return for example {@code RPPS_KEY}
     */
    String code();

    /**
     * How serious the problem is.
     *
     * @return error or warning
     */
    Severity severity();

    /**
     * The legal reference of the rule behind the problem, when it is one fixed text; empty when
     * there is none or when it depends on the case (the call site then gives it with
     * {@link Problem#withReference}).
     *
     * @return the reference, if fixed
     */
    default Option<LegalReference> reference() {
        return Option.none();
    }

    /**
     * The base name of the bundles holding the messages, in a package of the entry's module.
     *
     * @return for example {@code io.github.cptskit.core.problem.messages}
     */
    String bundle();

    /**
     * The message template in a language.
     *
     * @param locale French for a French locale, English otherwise
     * @return the {@link java.text.MessageFormat} pattern
     * @throws java.util.MissingResourceException if the bundle lacks the entry (a test forbids it)
     */
    default String template(Locale locale) {
        return Catalogue.text(getClass().getModule(), bundle(), name(), locale);
    }
}
