package io.github.cptskit.spring.boot;

import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.problem.ProblemsException;
import io.github.cptskit.pathways.engine.Rejection;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * cptskit's {@link Problem}s as RFC 9457 problem details: {@code type} is the type base followed by the
 * first problem's code, {@code title} and {@code detail} its message in the reader's language (French
 * or English), and two members: {@code code} (the first problem's code) and {@code problems}, every
 * problem with its code, severity, message, legal reference and location. Refusals that depend on the
 * instance's current state ({@code APPEND_CONFLICT}, {@code TRANSITION_NOT_ALLOWED},
 * {@code GUARD_REFUSED}, {@code INSTANCE_TERMINATED}, the deadline refusals) are 409 Conflict; problems
 * of the input itself are 422 Unprocessable Content.
 *
 * <pre>{@code
 * ProblemDetail pd = problemDetails.of(rejection, Locale.FRENCH);   // for a controller that answers itself
 * }</pre>
 */
public final class CptsProblemDetails {
    /** Codes that a retried or different command may pass: the state, not the input, refused it. */
    private static final Set<String> STATE_CONFLICTS = Set.of(
            "APPEND_CONFLICT",
            "TRANSITION_NOT_ALLOWED",
            "GUARD_REFUSED",
            "INSTANCE_TERMINATED",
            "DEADLINE_NOT_DUE",
            "DEADLINE_NOT_PENDING",
            "DEADLINE_OVERDUE");

    private final String typeBase;
    private final Locale defaultLanguage;
    private final CptsMetrics metrics;

    /**
     * @param typeBase the prefix of each type, e.g. {@code urn:cptskit:problem:}
     * @param defaultLanguage the language when the request names neither French nor English
     * @param metrics where problems are counted by code
     */
    public CptsProblemDetails(String typeBase, Locale defaultLanguage, CptsMetrics metrics) {
        this.typeBase = Objects.requireNonNull(typeBase, "typeBase");
        this.defaultLanguage = Objects.requireNonNull(defaultLanguage, "defaultLanguage");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /**
     * The language of the messages for an {@code Accept-Language} header.
     *
     * @param acceptLanguage the header, or null when absent
     * @return {@link Locale#FRENCH} or {@link Locale#ENGLISH}: the first of them the header accepts, or
     *     the default language
     */
    public Locale language(String acceptLanguage) {
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                Locale l = Locale.lookup(
                        Locale.LanguageRange.parse(acceptLanguage), List.of(Locale.FRENCH, Locale.ENGLISH));
                if (l != null) {
                    return l;
                }
            } catch (IllegalArgumentException malformed) {
                return defaultLanguage;
            }
        }
        return defaultLanguage;
    }

    /**
     * @param e every problem of a refused input or command
     * @param locale the reader's language
     * @return the problem detail
     */
    public ProblemDetail of(ProblemsException e, Locale locale) {
        return of(e.problemList(), List.of(), locale);
    }

    /**
     * @param rejection a refused command
     * @param locale the reader's language
     * @return the problem detail, with the guards that refused under {@code guards}
     */
    public ProblemDetail of(Rejection rejection, Locale locale) {
        return of(rejection.allProblemsList(), rejection.guardsList(), locale);
    }

    /**
     * @param problems the problems, the main one first, at least one
     * @param guards the guards that refused, if any
     * @param locale the reader's language
     * @return the problem detail
     */
    public ProblemDetail of(List<Problem> problems, List<String> guards, Locale locale) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a problem detail needs at least one problem");
        }
        Problem first = problems.get(0);
        HttpStatus status =
                STATE_CONFLICTS.contains(first.code()) ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
        ProblemDetail pd = ProblemDetail.forStatus(status);
        pd.setType(URI.create(typeBase + first.code()));
        pd.setTitle(first.message(locale));
        pd.setDetail(
                problems.size() == 1
                        ? first.message(locale)
                        : String.join(
                                "; ",
                                problems.stream().map(p -> p.message(locale)).toList()));
        pd.setProperty("code", first.code());
        List<Map<String, Object>> list = new ArrayList<>();
        for (Problem p : problems) {
            metrics.problem(p.code());
            list.add(json(p, locale));
        }
        pd.setProperty("problems", list);
        if (!guards.isEmpty()) {
            pd.setProperty("guards", List.copyOf(guards));
        }
        return pd;
    }

    private static Map<String, Object> json(Problem p, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code());
        m.put("severity", p.severity().name());
        m.put("message", p.message(locale));
        p.reference().forEach(r -> m.put("reference", json(r, locale)));
        p.location().forEach(l -> m.put("location", json(l)));
        return m;
    }

    private static Map<String, Object> json(LegalReference r, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", r.text());
        if (!r.article().isEmpty()) {
            m.put("article", r.article());
        }
        r.date().forEach(d -> m.put("date", d.toString()));
        r.url().forEach(u -> m.put("url", u));
        m.put("citation", r.citation(locale));
        return m;
    }

    private static Map<String, Object> json(Location l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", l.source());
        m.put("line", l.line());
        m.put("column", l.column());
        if (!l.path().isEmpty()) {
            m.put("path", l.path());
        }
        return m;
    }
}
