package io.github.cptskit.spring.boot;

import io.github.cptskit.core.problem.ProblemsException;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * Spring MVC's answer to cptskit's exceptions: a {@link ProblemsException} (what
 * {@code Results.orElseThrow} and {@code Rejection.orElseThrow} throw) becomes an RFC 9457 problem
 * detail ({@link CptsProblemDetails}) in the language of the request's {@code Accept-Language}; an
 * {@link UnknownInstanceException} a 404. Declared by the starter unless
 * {@code cpts.problems.enabled=false}; a host's own advice of higher precedence wins.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class CptsProblemHandler {
    private static final Logger LOG = LoggerFactory.getLogger(CptsProblemHandler.class);

    private final CptsProblemDetails details;

    /** @param details how problems are written */
    public CptsProblemHandler(CptsProblemDetails details) {
        this.details = Objects.requireNonNull(details, "details");
    }

    /**
     * @param e the problems
     * @param request the request (its Accept-Language header)
     * @return the problem detail
     */
    @ExceptionHandler(ProblemsException.class)
    public ResponseEntity<ProblemDetail> problems(ProblemsException e, WebRequest request) {
        Locale locale = details.language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemDetail pd = details.of(e, locale);
        LOG.debug("answered {} {}", pd.getStatus(), e.codes());
        return answer(pd, locale);
    }

    /**
     * @param e what was not found
     * @param request the request (its Accept-Language header)
     * @return a 404 problem detail
     */
    @ExceptionHandler(UnknownInstanceException.class)
    public ResponseEntity<ProblemDetail> unknown(UnknownInstanceException e, WebRequest request) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        return answer(pd, details.language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail pd, Locale locale) {
        return ResponseEntity.status(pd.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .body(pd);
    }
}
