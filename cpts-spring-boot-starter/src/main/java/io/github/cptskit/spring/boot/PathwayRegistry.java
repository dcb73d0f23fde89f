package io.github.cptskit.spring.boot;

import io.github.cptskit.pathways.catalogue.Catalogue;
import io.github.cptskit.pathways.catalogue.NoContext;
import io.github.cptskit.pathways.catalogue.Pathway;
import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.Engine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The pathways a host runs, with their compiled engines: the bundled catalogue ({@link #bundled()}, the
 * starter's default bean) or the host's own (a {@code PathwayRegistry} bean of the host replaces it, for
 * example with pathways built with other parameters). The {@link PathwayService} starts instances of
 * them and the deadline scheduler expires theirs.
 *
 * <pre>{@code
 * @Bean PathwayRegistry pathways() {
 *     return PathwayRegistry.of(List.of(SnpSas.pathway(SnpSas.Parameters.defaults()
 *             .withConsultationDelay(Duration.ofHours(24), "contrat CPTS"))));
 * }
 * }</pre>
 */
public final class PathwayRegistry {
    private final List<Pathway> pathways;
    private final Map<String, Engine<NoContext>> engines;

    private PathwayRegistry(List<Pathway> pathways) {
        this.pathways = List.copyOf(pathways);
        Map<String, Engine<NoContext>> e = new HashMap<>();
        for (Pathway p : this.pathways) {
            Engine<NoContext> previous = e.put(key(p.id(), p.definition().version()), p.engine());
            if (previous != null) {
                throw new IllegalArgumentException(
                        "pathway " + p.id() + " v" + p.definition().version() + " given twice");
            }
        }
        this.engines = Map.copyOf(e);
    }

    /**
     * @param pathways the pathways, each id and version once
     * @return the registry
     * @throws IllegalArgumentException if a definition id and version is given twice
     */
    public static PathwayRegistry of(List<Pathway> pathways) {
        return new PathwayRegistry(Objects.requireNonNull(pathways, "pathways"));
    }

    /** @return the catalogue's pathways P1 … P8b with their default parameters */
    public static PathwayRegistry bundled() {
        return new PathwayRegistry(Catalogue.allList());
    }

    private static String key(String id, int version) {
        return id + " v" + version;
    }

    /** @return the pathways */
    public List<Pathway> pathways() {
        return pathways;
    }

    /** @return their definitions, for the deadline scheduler */
    public List<Definition<NoContext>> definitions() {
        return pathways.stream().map(Pathway::definition).toList();
    }

    /**
     * The pathway to start new instances of: by code ({@code P2}) or definition id ({@code snp-sas}), the
     * highest version when several are registered.
     *
     * @param codeOrId a code or an id
     * @return the pathway, if registered
     */
    public Optional<Pathway> find(String codeOrId) {
        Objects.requireNonNull(codeOrId, "codeOrId");
        return pathways.stream()
                .filter(p -> p.code().equalsIgnoreCase(codeOrId) || p.id().equals(codeOrId))
                .max(java.util.Comparator.comparingInt(p -> p.definition().version()));
    }

    /**
     * The engine an instance is pinned to.
     *
     * @param definitionId the definition id
     * @param version its version
     * @return the engine, if registered
     */
    public Optional<Engine<NoContext>> engine(String definitionId, int version) {
        Objects.requireNonNull(definitionId, "definitionId");
        return Optional.ofNullable(engines.get(key(definitionId, version)));
    }

    @Override
    public String toString() {
        return "PathwayRegistry" + engines.keySet().stream().sorted().toList();
    }
}
