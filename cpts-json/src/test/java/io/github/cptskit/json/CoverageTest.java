package io.github.cptskit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cptskit.aci.calculation.Remuneration;
import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.pathways.engine.Event;
import java.io.IOException;
import java.lang.module.ModuleReader;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every public type of the exported packages of cpts-core, cpts-aci and cpts-pathways is either tested
 * by {@link RoundTripProperties} and {@link WithoutModuleTest}, an enum (tested here), or named below as
 * not data: services, registries, rules and builders a host calls, never serialises.
 */
class CoverageTest {
    /** Behaviour, not data: what a host calls. Each would need its own reason to be written to JSON. */
    static final Set<String> NOT_DATA = Set.of(
            "io.github.cptskit.core.law.EffectiveDated",
            "io.github.cptskit.core.problem.NearestName",
            "io.github.cptskit.core.problem.ProblemsException", // an exception; write its problems()
            // the catalogues' machinery (entries are enums, read back by name; messages come from bundles)
            "io.github.cptskit.core.problem.Catalogue",
            "io.github.cptskit.core.problem.Label",
            "io.github.cptskit.core.problem.ProblemCode",
            "io.github.cptskit.core.problem.ProblemCode.Spec",
            "io.github.cptskit.core.problem.Results",
            "io.github.cptskit.core.territory.CommuneRegistry",
            "io.github.cptskit.core.territory.TerritoryPortfolio",
            "io.github.cptskit.core.territory.Coverage",
            "io.github.cptskit.core.territory.SizeBandScale",
            "io.github.cptskit.core.legalform.CptsLegalForms",
            "io.github.cptskit.core.legalform.CptsLegalForms.Regime",
            "io.github.cptskit.core.member.Member.Constitution",
            "io.github.cptskit.core.membership.MembershipRule",
            "io.github.cptskit.core.membership.RuleSet",
            "io.github.cptskit.aci.tariff.Tariff",
            "io.github.cptskit.aci.tariff.TariffRules",
            "io.github.cptskit.aci.tariff.Parameter", // a typed key of the rules (a fixed set, like an enum)
            "io.github.cptskit.aci.tariff.RuleText",
            "io.github.cptskit.aci.calculation.Amounts",
            "io.github.cptskit.aci.calculation.PreparedScenario",
            "io.github.cptskit.aci.calculation.RemunerationCalculator",
            "io.github.cptskit.aci.budget.PaymentCap",
            "io.github.cptskit.pathways.engine.Command",
            "io.github.cptskit.pathways.engine.Definition",
            "io.github.cptskit.pathways.engine.Engine",
            "io.github.cptskit.pathways.engine.Guard",
            "io.github.cptskit.pathways.engine.Transition",
            "io.github.cptskit.pathways.engine.EventType",
            "io.github.cptskit.pathways.engine.Field",
            "io.github.cptskit.pathways.catalogue.Pathway",
            "io.github.cptskit.pathways.catalogue.Parameter",
            "io.github.cptskit.pathways.fhir.FhirMapping",
            "io.github.cptskit.pathways.codec.EventLog",
            "io.github.cptskit.pathways.codec.EventSchema",
            "io.github.cptskit.pathways.store.DeadlineScheduler",
            "io.github.cptskit.pathways.store.EventStore",
            "io.github.cptskit.pathways.store.EventStoreException",
            "io.github.cptskit.pathways.store.EventStoreListener", // a callback the host implements
            "io.github.cptskit.pathways.store.Definitions", // the definitions a store checks against
            "io.github.cptskit.pathways.store.InMemoryEventStore",
            "io.github.cptskit.pathways.indicator.MedecinTraitantAccess",
            "io.github.cptskit.pathways.store.EventStore.DueInstance",
            "io.github.cptskit.pathways.store.EventStore.DueWork",
            "io.github.cptskit.pathways.store.EventStore.Fired");

    /**
     * Packages of services, models and their results, left out but for the small records tested above: the
     * national simulation's results hold its draws and settings ({@code cpts simulate} writes their figures
     * as CSV and run.json); the catalogue's classes build pathway definitions from parameters (code, not
     * data). Their records that hold Vavr values refuse a mapper without the module.
     */
    static final Set<String> NOT_DATA_PACKAGES =
            Set.of("io.github.cptskit.aci.simulation", "io.github.cptskit.pathways.catalogue");

    static List<Class<?>> exportedTypes() throws IOException, ClassNotFoundException {
        var types = new ArrayList<Class<?>>();
        for (Class<?> anchor : List.of(Cpts.class, Remuneration.class, Event.class)) {
            Module module = anchor.getModule();
            Set<String> exported = new HashSet<>();
            module.getDescriptor().exports().forEach(e -> exported.add(e.source()));
            var reference = ModuleLayer.boot()
                    .configuration()
                    .findModule(module.getName())
                    .orElseThrow()
                    .reference();
            try (ModuleReader reader = reference.open()) {
                for (String entry : reader.list().toList()) {
                    if (!entry.endsWith(".class") || entry.endsWith("module-info.class")) {
                        continue;
                    }
                    String name = entry.substring(0, entry.length() - 6).replace('/', '.');
                    Class<?> c = Class.forName(name, false, anchor.getClassLoader());
                    if (exported.contains(c.getPackageName()) && isPublicApi(c)) {
                        types.add(c);
                    }
                }
            }
        }
        return types;
    }

    private static boolean isPublicApi(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass()) {
                return false;
            }
        }
        return !c.isAnnotation()
                && !c.getSimpleName().startsWith("Immutable")
                && !c.getSimpleName().startsWith("With")
                && !c.getSimpleName().equals("Builder");
    }

    @Test
    void everyExportedTypeIsTestedOrNamedAsNotData() throws Exception {
        Set<String> tested = new HashSet<>();
        Samples.cases().forEach(c -> tested.add(c.type().getName()));
        var missing = new TreeSet<String>();
        for (Class<?> c : exportedTypes()) {
            String name = c.getCanonicalName();
            if (!c.isEnum()
                    && !tested.contains(c.getName())
                    && !NOT_DATA.contains(name)
                    && !NOT_DATA_PACKAGES.contains(c.getPackageName())) {
                missing.add(name);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumReadsBackEqual() throws Exception {
        ObjectMapper mapper = CptsJson.mapper();
        int enums = 0;
        for (Class<?> c : exportedTypes()) {
            if (c.isEnum()) {
                for (Object constant : c.getEnumConstants()) {
                    String json = mapper.writeValueAsString(constant);
                    assertThat(mapper.readValue(json, c)).as(json).isEqualTo(constant);
                    assertThat(WithoutModuleTest.SPRING_DEFAULT.readValue(
                                    WithoutModuleTest.SPRING_DEFAULT.writeValueAsString(constant), c))
                            .isEqualTo(constant);
                }
                enums++;
            }
        }
        assertThat(enums).isGreaterThan(20);
    }
}
