package io.github.cptskit.pathways.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.Engine;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * One pathway of the catalogue: its code in the CPTS missions (P1 to P8b), its definition, the
 * parameters that definition was built with, and the texts it follows.
 *
 * <pre>{@code
 * Pathway p2 = Catalogue.find("P2").get();
 * Engine<NoContext> engine = p2.engine();
 * InstanceState s = engine.start(InstanceId.random(), patient);
 * engine.decide(s, Command.of("trieParArm", author).with("orientation", "REGULATION_MG"), NoContext.INSTANCE, clock);
 * }</pre>
 *
 * @param code the code in the catalogue, {@code P1} … {@code P8b}
 * @param titleFr the title in French
 * @param titleEn the title in English
 * @param level what one instance follows
 * @param summary what the pathway is for and how it runs, in English
 * @param definition the definition
 * @param parameters the figures it was built with
 * @param sources the texts and references it follows
 */
public record Pathway(
        String code,
        String titleFr,
        String titleEn,
        Level level,
        String summary,
        Definition<NoContext> definition,
        Seq<Parameter<?>> parameters,
        Seq<LegalReference> sources) {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /**
     * Checks the components.
     *
     * @param code the code in the catalogue, {@code P1} … {@code P8b}
     * @param titleFr the title in French
     * @param titleEn the title in English
     * @param level what one instance follows
     * @param summary what the pathway is for and how it runs, in English
     * @param definition the definition
     * @param parameters the figures it was built with
     * @param sources the texts and references it follows
     */
    public Pathway {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(titleFr, "titleFr");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(sources, "sources");
    }

    /** @return the engine of the definition */
    public Engine<NoContext> engine() {
        return definition.engine();
    }

    /** @return the definition's id, e.g. {@code snp-sas} */
    public String id() {
        return definition.id();
    }

    @Override
    public String toString() {
        return code + " " + id() + " v" + definition.version() + " — " + titleFr;
    }

    /**
     * {@link #parameters()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Parameter<?>> parametersList() {
        return parameters().asJava();
    }

    /**
     * {@link #sources()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<LegalReference> sourcesList() {
        return sources().asJava();
    }
}
