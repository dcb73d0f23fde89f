package io.github.cptskit.pathways.fhir;

import io.github.cptskit.pathways.engine.InstanceState;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The FHIR R4 status of every state of the catalogue's pathways, from an explicit table (the bundled
 * {@code status-r4.tsv}), not from shared enums: the mapping is a decision, reviewed line by line.
 * No HAPI dependency: the codes are strings of the R4 value sets.
 *
 * <pre>{@code
 * FhirStatus s = FhirMapping.bundled().status("parcours-chronique", "SUSPENDU").get();
 * s.episodeOfCare().get().code();   // "onhold"
 * s.carePlan().get().code();        // "on-hold"
 * }</pre>
 */
public final class FhirMapping {
    private static final FhirMapping BUNDLED = load();

    private final Map<String, Map<String, FhirStatus>> byPathway;

    private FhirMapping(Map<String, Map<String, FhirStatus>> byPathway) {
        this.byPathway = byPathway;
    }

    /** @return the catalogue's mapping */
    public static FhirMapping bundled() {
        return BUNDLED;
    }

    /**
     * @param pathwayId a definition id
     * @param state one of its states
     * @return the statuses, if the state is mapped
     */
    public Option<FhirStatus> status(String pathwayId, String state) {
        return byPathway.get(pathwayId).flatMap(m -> m.get(state));
    }

    /**
     * @param instance an instance of a catalogue pathway
     * @return the statuses of its current state, if mapped
     */
    public Option<FhirStatus> status(InstanceState instance) {
        return status(instance.definitionId(), instance.state());
    }

    /**
     * @param pathwayId a definition id
     * @return its states and their statuses, in table order
     */
    public Map<String, FhirStatus> table(String pathwayId) {
        return byPathway.get(pathwayId).getOrElse(LinkedHashMap.empty());
    }

    private static FhirMapping load() {
        Map<String, Map<String, FhirStatus>> all = LinkedHashMap.empty();
        try (InputStream in = FhirMapping.class.getResourceAsStream("status-r4.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int at = n;
                List<String> c = List.of(line.split("\t", -1));
                if (c.size() != 5) {
                    throw new IllegalStateException("status-r4.tsv:" + n + ": 5 columns expected");
                }
                FhirStatus s = new FhirStatus(
                        optional(c.get(2), EpisodeOfCareStatus::ofCode, at),
                        optional(c.get(3), RequestStatus::ofCode, at),
                        TaskStatus.ofCode(c.get(4)).getOrElseThrow(() -> unknown(c.get(4), at)));
                all = all.put(
                        c.get(0),
                        all.get(c.get(0)).getOrElse(LinkedHashMap.empty()).put(c.get(1), s));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FhirMapping(all);
    }

    private static <T> Option<T> optional(String code, java.util.function.Function<String, Option<T>> of, int line) {
        if (code.equals("-")) {
            return Option.none();
        }
        return Option.some(of.apply(code).getOrElseThrow(() -> unknown(code, line)));
    }

    // The table ships inside the jar: an unknown code is a bug of this library, caught by its tests.
    private static IllegalStateException unknown(String code, int line) {
        return new IllegalStateException("status-r4.tsv:" + line + ": not an R4 code: " + code);
    }

    /**
     * {@link #status(String,String)} as an {@code Optional} (decision record 0004).
     *
     * @param pathwayId a definition id
     * @param state one of its states
     * @return the same value, or empty
     */
    public java.util.Optional<FhirStatus> statusOptional(String pathwayId, String state) {
        return status(pathwayId, state).toJavaOptional();
    }

    /**
     * {@link #status(InstanceState)} as an {@code Optional} (decision record 0004).
     *
     * @param instance an instance of a catalogue pathway
     * @return the same value, or empty
     */
    public java.util.Optional<FhirStatus> statusOptional(InstanceState instance) {
        return status(instance).toJavaOptional();
    }

    /**
     * {@link #table(String)} as an unmodifiable {@code java.util.Map}, in the same order (decision record 0004).
     *
     * @param pathwayId a definition id
     * @return the same entries
     */
    public java.util.Map<String, FhirStatus> tableMap(String pathwayId) {
        return java.util.Collections.unmodifiableMap(table(pathwayId).toJavaMap(java.util.LinkedHashMap::new, t -> t));
    }
}
