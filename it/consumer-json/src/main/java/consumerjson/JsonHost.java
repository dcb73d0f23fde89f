package consumerjson;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cptskit.aci.calculation.Remuneration;
import io.github.cptskit.aci.calculation.RemunerationCalculator;
import io.github.cptskit.aci.calculation.Scenario;
import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.json.CptsJson;
import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.identifier.Rpps;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.pathways.catalogue.Catalogue;
import io.github.cptskit.pathways.catalogue.NoContext;
import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Command;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.fhir.TaskStatus;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The consumer check of cpts-json (issue #15): the module found by findAndRegisterModules, lossless round
 * trips of a remuneration, a CPTS and a pathway log, a mapper without the module refused, and the
 * run-time path free of Kotlin and Okio (and, on the class path, of OkHttp). Runs on both paths.
 */
public final class JsonHost {
    private JsonHost() {}

    public static void main(String[] args) throws Exception {
        String path = args.length > 0 ? args[0] : "?";
        ObjectMapper mapper = JsonMapper.builder()
                .findAndAddModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        check(mapper.getRegisteredModuleIds().contains("io.github.cptskit.json.CptsModule"), "CptsModule found");

        Scenario.Builder b = Scenario.builder("cpts-sud").population(120_000).signedOn(LocalDate.of(2023, 3, 1));
        for (Mission m : Mission.values()) {
            b.mission(m, LocalDate.of(2023, 3, 1), new Achievement(750_000));
        }
        Remuneration r = RemunerationCalculator.of(TariffRules.bundled()).calculate(b.build().get()).get();
        roundTrip(mapper, r, Remuneration.class);
        roundTrip(CptsJson.mapper(), r, Remuneration.class);
        check(mapper.writeValueAsString(r.total()).contains("\"currency\":\"EUR\""), "money with its currency");
        check(!Logger.getLogger("org.javamoney.moneta").isLoggable(Level.INFO), "Moneta's INFO line is off");

        CommuneRegistry communes = CommuneRegistry.bundled();
        Cpts cpts = Cpts.of("CPTS du Sud", communes.territory(List.of("13055", "13001")).get(), LocalDate.of(2022, 1, 10))
                .withMember(
                        Member.HealthProfessional.of(
                                Idnps.of(Rpps.parse("10002909371").get()), Profession.MEDECIN, List.empty(), ExerciseMode.LIBERAL),
                        LocalDate.of(2022, 2, 1));
        roundTrip(mapper, cpts, Cpts.class);

        var engine = Catalogue.find("P2").get().definition().engine();
        var clock = Clock.fixed(Instant.parse("2025-03-03T08:00:00Z"), ZoneOffset.UTC);
        var start = engine.start(new InstanceId("p2-host-1"), PatientRef.parse("pat-7f3a9c").get());
        Seq<Event> log = engine.decide(
                        start,
                        Command.of("trieParArm", new ActorRef("usr-1"), TreeMap.of("orientation", "REGULATION_MG")),
                        NoContext.INSTANCE,
                        clock)
                .get()
                .events();
        String json = mapper.writeValueAsString(log);
        Seq<Event> back = mapper.readValue(json, mapper.getTypeFactory().constructParametricType(Seq.class, Event.class));
        check(back.equals(log), "pathway log read back equal");
        check(mapper.writeValueAsString(TaskStatus.ACCEPTED).equals("\"accepted\""), "FHIR code");

        try {
            new ObjectMapper().writeValueAsString(r);
            throw new AssertionError("a mapper without CptsModule wrote a remuneration");
        } catch (com.fasterxml.jackson.databind.JsonMappingException expected) {
            check(expected.getMessage().contains("CptsModule"), "refused without the module: " + expected.getMessage());
        }

        check(!present("kotlin.Unit", "kotlin.stdlib"), "no Kotlin");
        check(!present("okio.Buffer", "okio"), "no Okio");
        if (path.equals("class path")) {
            check(!present("okhttp3.OkHttpClient", "okhttp3"), "no OkHttp on the class path");
        }
        System.out.println("cpts-json consumer check passed on the " + path);
    }

    private static <T> void roundTrip(ObjectMapper mapper, T value, Class<T> type) throws Exception {
        String json = mapper.writeValueAsString(value);
        check(mapper.readValue(json, type).equals(value), type.getSimpleName() + " read back equal: " + json);
    }

    private static boolean present(String className, String moduleName) {
        if (ModuleLayer.boot().findModule(moduleName).isPresent()) {
            return true;
        }
        try {
            Class.forName(className, false, JsonHost.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
