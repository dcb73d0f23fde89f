package io.github.cptskit.benchmarks;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cptskit.aci.calculation.Amounts;
import io.github.cptskit.aci.calculation.Component;
import io.github.cptskit.aci.calculation.Factor;
import io.github.cptskit.aci.calculation.Line;
import io.github.cptskit.aci.calculation.Payment;
import io.github.cptskit.aci.calculation.Remuneration;
import io.github.cptskit.aci.calculation.RemunerationCalculator;
import io.github.cptskit.aci.calculation.Scenario;
import io.github.cptskit.aci.calculation.UsedParameter;
import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.law.Sourced;
import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.problem.Severity;
import io.github.cptskit.core.territory.SizeBand;
import io.github.cptskit.json.CptsJson;
import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.PatientRef;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JSON write then read of a full remuneration (every mission contracted, its lines, parameters and
 * schedule) and of a 1,000-event pathway log: cpts-json's module against a hand-written mapping of the
 * same data to plain DTO records that Jackson reads and writes without any module. Target (issue #15):
 * the module within 2× of the hand-written mapping. Both sides check nothing more than Jackson does,
 * but both go through the domain's validating constructors on the way back.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonBenchmark {
    private ObjectMapper module;
    private ObjectMapper plain;
    private Remuneration remuneration;
    private Seq<Event> log;
    private JavaType logType;
    private JavaType logDtoType;

    @Setup
    public void setUp() {
        module = CptsJson.mapper();
        plain = JsonMapper.builder().build();
        LocalDate signed = LocalDate.of(2024, 3, 1);
        Scenario.Builder b = Scenario.builder("cpts-bench").population(120_000).signedOn(signed);
        for (Mission m : Mission.values()) {
            b.mission(m, signed.plusDays(30L * m.ordinal()), new Achievement(750_000));
        }
        remuneration = RemunerationCalculator.of(TariffRules.bundled())
                .calculate(b.build().get())
                .get();
        var events = new ArrayList<Event>();
        Instant t = Instant.parse("2025-03-03T08:00:00Z");
        for (int i = 1; i <= 1_000; i++) {
            events.add(new Event(
                    new InstanceId("p2-bench-" + (i / 7)),
                    i % 7 + 1,
                    new UUID(0x01900000_00007000L + i, 0x8000000000000000L + i),
                    "regule",
                    t.plusSeconds(60L * i),
                    t.plusSeconds(60L * i + 1),
                    PatientRef.parse("pat-" + Integer.toHexString(0x7f3a9c + i / 7))
                            .get(),
                    new ActorRef("usr-4411"),
                    TreeMap.of("decision", "RDV", "effecteur", "10002222222")));
        }
        log = io.vavr.collection.List.ofAll(events);
        logType = module.getTypeFactory().constructParametricType(Seq.class, Event.class);
        logDtoType = plain.getTypeFactory().constructCollectionType(List.class, EventDto.class);
    }

    @Benchmark
    public Remuneration remunerationModule() throws Exception {
        return module.readValue(module.writeValueAsBytes(remuneration), Remuneration.class);
    }

    @Benchmark
    public Remuneration remunerationHandWritten() throws Exception {
        byte[] json = plain.writeValueAsBytes(RemunerationDto.of(remuneration));
        return plain.readValue(json, RemunerationDto.class).toDomain();
    }

    @Benchmark
    public Seq<Event> logModule() throws Exception {
        return module.readValue(module.writeValueAsBytes(log), logType);
    }

    @Benchmark
    public Seq<Event> logHandWritten() throws Exception {
        List<EventDto> dtos = new ArrayList<>(log.size());
        for (Event e : log) {
            dtos.add(EventDto.of(e));
        }
        List<EventDto> back = plain.readValue(plain.writeValueAsBytes(dtos), logDtoType);
        var events = new ArrayList<Event>(back.size());
        for (EventDto d : back) {
            events.add(d.toDomain());
        }
        return io.vavr.collection.List.ofAll(events);
    }

    // The hand-written mapping: plain records of strings, numbers and java.util collections.

    public record MoneyDto(String amount, String currency) {
        static MoneyDto of(MonetaryAmount a) {
            return new MoneyDto(
                    a.getNumber().numberValueExact(BigDecimal.class).toPlainString(),
                    a.getCurrency().getCurrencyCode());
        }

        MonetaryAmount toDomain() {
            return Monetary.getDefaultAmountFactory()
                    .setCurrency(Amounts.EUR)
                    .setNumber(new BigDecimal(amount))
                    .create();
        }
    }

    public record ReferenceDto(String text, String article, String date, String url) {
        static ReferenceDto of(LegalReference r) {
            return new ReferenceDto(
                    r.text(),
                    r.article(),
                    r.date().map(LocalDate::toString).getOrNull(),
                    r.url().getOrNull());
        }

        LegalReference toDomain() {
            return new LegalReference(text, article, Option.of(date).map(LocalDate::parse), Option.of(url));
        }
    }

    public record ParameterDto(String path, String value, ReferenceDto reference, String confidence) {
        static ParameterDto of(UsedParameter p) {
            return new ParameterDto(
                    p.path(),
                    p.value().value(),
                    ReferenceDto.of(p.value().reference()),
                    p.value().confidence().name());
        }

        UsedParameter toDomain() {
            return new UsedParameter(path, new Sourced<>(value, reference.toDomain(), Confidence.valueOf(confidence)));
        }
    }

    public record FactorDto(String kind, long value, long of) {}

    public record LineDto(
            String component,
            String mission,
            MoneyDto amount,
            String formula,
            List<ParameterDto> parameters,
            List<FactorDto> factors) {
        static LineDto of(Line l) {
            return new LineDto(
                    l.component().name(),
                    l.mission().map(Mission::name).getOrNull(),
                    MoneyDto.of(l.amount()),
                    l.formula(),
                    l.parameters().map(ParameterDto::of).toJavaList(),
                    l.factors()
                            .map(f -> new FactorDto(f.kind().name(), f.value(), f.of()))
                            .toJavaList());
        }

        Line toDomain() {
            return new Line(
                    Component.valueOf(component),
                    Option.of(mission).map(Mission::valueOf),
                    amount.toDomain(),
                    formula,
                    io.vavr.collection.List.ofAll(parameters).map(ParameterDto::toDomain),
                    io.vavr.collection.List.ofAll(factors)
                            .map(f -> new Factor(Factor.Kind.valueOf(f.kind()), f.value(), f.of())));
        }
    }

    public record PaymentDto(String kind, String mission, int contractYear, String date, MoneyDto amount) {
        static PaymentDto of(Payment p) {
            return new PaymentDto(
                    p.kind().name(),
                    p.mission().map(Mission::name).getOrNull(),
                    p.contractYear(),
                    p.date().toString(),
                    MoneyDto.of(p.amount()));
        }

        Payment toDomain() {
            return Payment.of(
                    Payment.Kind.valueOf(kind),
                    Option.of(mission).map(Mission::valueOf),
                    contractYear,
                    LocalDate.parse(date),
                    amount.toDomain());
        }
    }

    public record LocationDto(String source, int line, int column, String path) {}

    public record ProblemDto(
            String code,
            String severity,
            String messageFr,
            String messageEn,
            ReferenceDto reference,
            LocationDto location) {
        static ProblemDto of(Problem p) {
            return new ProblemDto(
                    p.code(),
                    p.severity().name(),
                    p.messageFr(),
                    p.messageEn(),
                    p.reference().map(ReferenceDto::of).getOrNull(),
                    p.location()
                            .map(l -> new LocationDto(l.source(), l.line(), l.column(), l.path()))
                            .getOrNull());
        }

        Problem toDomain() {
            return new Problem(
                    code,
                    Severity.valueOf(severity),
                    messageFr,
                    messageEn,
                    Option.of(reference).map(ReferenceDto::toDomain),
                    Option.of(location).map(l -> new Location(l.source(), l.line(), l.column(), l.path())));
        }
    }

    public record RemunerationDto(
            String scenarioId,
            String yearStart,
            String yearEnd,
            String band,
            String ruleVersion,
            List<LineDto> lines,
            MoneyDto total,
            List<PaymentDto> schedule,
            List<ProblemDto> warnings) {
        static RemunerationDto of(Remuneration r) {
            return new RemunerationDto(
                    r.scenarioId(),
                    r.yearStart().toString(),
                    r.yearEnd().toString(),
                    r.band().name(),
                    r.ruleVersion(),
                    r.lines().map(LineDto::of).toJavaList(),
                    MoneyDto.of(r.total()),
                    r.schedule().map(PaymentDto::of).toJavaList(),
                    r.warnings().map(ProblemDto::of).toJavaList());
        }

        Remuneration toDomain() {
            return new Remuneration(
                    scenarioId,
                    LocalDate.parse(yearStart),
                    LocalDate.parse(yearEnd),
                    SizeBand.valueOf(band),
                    ruleVersion,
                    io.vavr.collection.List.ofAll(lines).map(LineDto::toDomain),
                    total.toDomain(),
                    io.vavr.collection.List.ofAll(schedule).map(PaymentDto::toDomain),
                    io.vavr.collection.List.ofAll(warnings).map(ProblemDto::toDomain));
        }
    }

    public record EventDto(
            String instance,
            long sequence,
            String id,
            String type,
            String at,
            String recordedAt,
            String patient,
            String author,
            Map<String, String> data) {
        static EventDto of(Event e) {
            return new EventDto(
                    e.instance().value(),
                    e.sequence(),
                    e.id().toString(),
                    e.type(),
                    e.at().toString(),
                    e.recordedAt().toString(),
                    e.patient().value(),
                    e.author().value(),
                    e.data().toJavaMap());
        }

        Event toDomain() {
            return new Event(
                    new InstanceId(instance),
                    sequence,
                    UUID.fromString(id),
                    type,
                    Instant.parse(at),
                    Instant.parse(recordedAt),
                    new PatientRef(patient),
                    new ActorRef(author),
                    TreeMap.ofAll(data));
        }
    }
}
