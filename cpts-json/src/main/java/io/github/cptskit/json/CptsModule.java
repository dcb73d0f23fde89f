package io.github.cptskit.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.json.internal.Codecs;
import io.github.cptskit.json.internal.CptsIntrospector;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The Jackson module for every exported type of cpts-core, cpts-aci and cpts-pathways: each value
 * written is read back equal ({@code read(write(x)).equals(x)}), and bad input is an exception naming
 * the place, never a partial value. Identifiers are their strings, FHIR statuses their FHIR codes
 * ({@code accepted}), other enums their names, money {@code {"amount":"123.45","currency":"EUR"}},
 * communes and territories INSEE commune codes, Vavr collections arrays (maps objects), {@code Option}
 * its value or {@code null}, the variants of {@code LegalForm} and {@code Member} objects with a
 * {@code kind} ({@code sisa}, {@code healthProfessional}). The mapping of each type is in docs/json.md.
 *
 * <p>{@link com.fasterxml.jackson.databind.ObjectMapper#findAndRegisterModules()} finds it
 * (META-INF/services and {@code provides} in module-info). It registers Jackson's {@code JavaTimeModule}
 * for the dates; turn {@code SerializationFeature.WRITE_DATES_AS_TIMESTAMPS} off for ISO-8601 text, as
 * Spring Boot does and {@link CptsJson#mapper()} does.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new CptsModule())
 *         .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
 * String json = mapper.writeValueAsString(remuneration);
 * Remuneration back = mapper.readValue(json, Remuneration.class);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CptsModule extends Module {
    private final Supplier<CommuneRegistry> registry;

    /** The module, communes looked up in {@link CommuneRegistry#bundled()} (the service loader's choice). */
    public CptsModule() {
        this(CommuneRegistry::bundled);
    }

    /**
     * The module, communes and territories read with another registry (an older or newer INSEE year).
     *
     * @param registry the registry
     */
    public CptsModule(CommuneRegistry registry) {
        this(supplierOf(Objects.requireNonNull(registry, "registry")));
    }

    private CptsModule(Supplier<CommuneRegistry> registry) {
        this.registry = registry;
    }

    private static Supplier<CommuneRegistry> supplierOf(CommuneRegistry registry) {
        return () -> registry;
    }

    @Override
    public String getModuleName() {
        return "cptskit";
    }

    @Override
    public Object getTypeId() {
        return CptsModule.class.getName();
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new JavaTimeModule());
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addSerializers(Codecs.serializers());
        context.addDeserializers(Codecs.deserializers(registry));
        context.addBeanSerializerModifier(Codecs.recordComponentsOnly());
        context.addBeanDeserializerModifier(Codecs.strictRecords());
        context.insertAnnotationIntrospector(new CptsIntrospector());
    }
}
