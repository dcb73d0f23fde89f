package io.github.cptskit.pathways.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.indicator.IndicatorResult;
import io.github.cptskit.pathways.catalogue.AccesMedecinTraitant;
import io.github.cptskit.pathways.catalogue.AccesMedecinTraitant.Priority;
import io.github.cptskit.pathways.catalogue.Catalogue;
import io.github.cptskit.pathways.catalogue.NoContext;
import io.github.cptskit.pathways.catalogue.Pathway;
import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Command;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Read models computed from logs the catalogue's definitions produced. */
class IndicatorsTest {
    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");
    private static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");

    @Test
    void periodsAreHalfOpenAndChecked() {
        ReportingPeriod y = ReportingPeriod.year(Year.of(2025), PARIS);
        assertThat(y.from()).isEqualTo(Instant.parse("2024-12-31T23:00:00Z"));
        assertThat(y.contains(y.from())).isTrue();
        assertThat(y.contains(y.until())).isFalse();
        assertThat(y.contains(y.until().minusNanos(1))).isTrue();
        assertThat(ReportingPeriod.ALWAYS.contains(T0)).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ReportingPeriod(T0, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Plays steps of (hours after the previous step, event, data…) and returns the log. */
    private static Seq<Event> play(String pathway, Object... steps) {
        Definition<NoContext> def = Catalogue.find(pathway).get().definition();
        InstanceState s = def.engine()
                .start(
                        InstanceId.random(),
                        PatientRef.parse("p" + pathway.length()).get());
        List<Event> log = List.empty();
        Instant t = T0;
        int i = 0;
        while (i < steps.length) {
            t = t.plus(Duration.ofHours((Integer) steps[i]));
            String type = (String) steps[i + 1];
            TreeMap<String, String> data = TreeMap.empty();
            int j = i + 2;
            while (j < steps.length && !(steps[j] instanceof Integer)) {
                data = data.put((String) steps[j], (String) steps[j + 1]);
                j += 2;
            }
            String what = type;
            Decision e = def.engine()
                    .decide(
                            s,
                            Command.of(type, ActorRef.UNKNOWN, data),
                            NoContext.INSTANCE,
                            Clock.fixed(t, ZoneOffset.UTC))
                    .getOrElseThrow(r -> new AssertionError(what + ": " + r));
            s = e.state();
            log = log.appendAll(e.events());
            i = j;
        }
        return log;
    }

    private static Object[] qualified(String ald, String over70) {
        return new Object[] {
            0,
            "eligibiliteEvaluee",
            "residentTerritoire",
            "true",
            "mtDeclare",
            "false",
            "ald",
            ald,
            "plus70ans",
            over70,
            "c2sAme",
            "false"
        };
    }

    private static Object[] concat(Object[] a, Object... b) {
        return List.of(a).appendAll(List.of(b)).toJavaArray();
    }

    @Test
    void medecinTraitantFoundByPriorityWithTheMedianDelay() {
        Object[] found = {
            24,
            "medecinIdentifie",
            "medecin",
            "10001",
            48,
            "propositionAcceptee",
            24,
            "declarationMtEnregistree",
            "medecin",
            "10001"
        };
        Seq<Seq<Event>> logs = List.of(
                play("P1", concat(qualified("true", "false"), found)),
                play(
                        "P1",
                        concat(
                                qualified("true", "true"),
                                100,
                                "medecinIdentifie",
                                "medecin",
                                "1",
                                1,
                                "propositionAcceptee",
                                1,
                                "declarationMtEnregistree",
                                "medecin",
                                "1")),
                play("P1", qualified("true", "false")),
                play("P1", concat(qualified("false", "true"), found)),
                play("P1", qualified("false", "false")),
                play("P1", 0, "annulation", "motif", "NON_ELIGIBLE"));
        MedecinTraitantAccess a = MedecinTraitantAccess.of(logs);
        assertThat(MedecinTraitantAccess.of(logs, ReportingPeriod.year(Year.of(2025), PARIS)))
                .isEqualTo(a);
        assertThat(MedecinTraitantAccess.of(logs, ReportingPeriod.year(Year.of(2024), PARIS))
                        .ratio())
                .isEqualTo(new Ratio(0, 0));
        assertThat(a.found(Priority.ALD)).isEqualTo(new Ratio(2, 3));
        assertThat(a.found(Priority.PLUS_70_ANS)).isEqualTo(new Ratio(1, 1));
        assertThat(a.found(Priority.NON_PRIORITAIRE)).isEqualTo(new Ratio(0, 1));
        assertThat(a.found(Priority.C2S_AME)).isEqualTo(new Ratio(0, 0));
        assertThat(a.ratio()).isEqualTo(new Ratio(3, 5));
        assertThat(a.medianDelay(Priority.ALD)).contains(Duration.ofHours(96));
        assertThat(a.medianDelay()).contains(Duration.ofHours(96));
        assertThat(a.medianDelay(Priority.C2S_AME)).isEmpty();
        assertThat(a.ratio().indicator("mt-trouve", 2))
                .isEqualTo(new IndicatorResult("mt-trouve", 2, new Achievement(600_000)));
        assertThat(a.toString()).contains("ALD 2/3").doesNotContain("pat");
    }

    @Test
    void snpConsultedWithinTheDelay() {
        Object[] rdv = {0, "trieParArm", "orientation", "REGULATION_MG", 1, "regule", "decision", "RDV"};
        Seq<Seq<Event>> logs = List.of(
                play(
                        "P2",
                        concat(
                                rdv,
                                1,
                                "mtSollicite",
                                "reponse",
                                "DISPONIBLE",
                                46,
                                "consultationRealisee",
                                "effecteur",
                                "1")),
                play(
                        "P2",
                        concat(
                                rdv,
                                1,
                                "mtSollicite",
                                "reponse",
                                "SANS_MT",
                                1,
                                "creneauReserve",
                                "effecteur",
                                "2",
                                20,
                                "consultationRealisee",
                                "effecteur",
                                "2")),
                play("P2", concat(rdv, 1, "mtSollicite", "reponse", "DISPONIBLE", 1, "rdvNonHonore")),
                play("P2", 0, "trieParArm", "orientation", "REGULATION_MG", 1, "regule", "decision", "CONSEIL"));
        SnpWithinDelay s = SnpWithinDelay.of(logs, Duration.ofHours(48));
        assertThat(SnpWithinDelay.of(logs, Duration.ofHours(48), ReportingPeriod.year(Year.of(2025), PARIS)))
                .isEqualTo(s);
        assertThat(SnpWithinDelay.of(logs, Duration.ofHours(48), ReportingPeriod.year(Year.of(2024), PARIS))
                        .ratio())
                .isEqualTo(new Ratio(0, 0));
        assertThat(SnpWithinDelay.of(
                                logs,
                                Duration.ofHours(48),
                                new ReportingPeriod(T0.plus(Duration.ofDays(400)), T0.plus(Duration.ofDays(401))))
                        .ratio()
                        .denominator())
                .isZero();
        assertThat(s.ratio()).isEqualTo(new Ratio(2, 3));
        assertThat(SnpWithinDelay.of(logs, Duration.ofHours(24)).ratio())
                .as("a stricter contract delay counts the 47-hour consultation out")
                .isEqualTo(new Ratio(1, 3));
        assertThat(s.ratio().achievement()).isEqualTo(new Achievement(666_667));
    }

    @Test
    void pcrInclusionsAndCompletions() {
        Object[] included = {
            0,
            "profilDetermine",
            "profil",
            "1",
            1,
            "patientInforme",
            1,
            "consentementRecueilli",
            1,
            "inclusion",
            "dejaInclusCeType",
            "false"
        };
        Seq<Seq<Event>> logs = List.of(
                play("P8b", concat(included, 100, "parcoursTermine")),
                play("P8b", concat(included, 100, "sortie", "motif", "DECES")),
                play("P8b", included),
                play("P8b", included),
                play("P8b", 0, "nonEligible"));
        PcrActivity a = PcrActivity.of(logs);
        assertThat(PcrActivity.of(logs, ReportingPeriod.year(Year.of(2025), PARIS)))
                .isEqualTo(a);
        assertThat(PcrActivity.of(logs, ReportingPeriod.year(Year.of(2024), PARIS))
                        .inclusions())
                .isZero();
        assertThat(a).as("the two ongoing inclusions have not ended").isEqualTo(new PcrActivity(4, 1, 1));
        assertThat(a.completion()).isEqualTo(new Ratio(1, 2));
    }

    @Test
    void rcpMeetingsHeldInTheYearAgainstTheTarget() {
        Seq<Seq<Event>> logs = List.of(
                play(
                        "P4",
                        0,
                        "casInscrit",
                        "reunion",
                        "r1",
                        1,
                        "reunionTenue",
                        "reunion",
                        "r1",
                        "date",
                        "2025-01-13",
                        "professions",
                        "3"),
                play(
                        "P4",
                        0,
                        "casInscrit",
                        "reunion",
                        "r1",
                        1,
                        "reunionTenue",
                        "reunion",
                        "r1",
                        "date",
                        "2025-01-13",
                        "professions",
                        "3"),
                play(
                        "P4",
                        0,
                        "casInscrit",
                        "reunion",
                        "r2",
                        1,
                        "reunionTenue",
                        "reunion",
                        "r2",
                        "date",
                        "2025-03-10",
                        "professions",
                        "2"),
                play(
                        "P4",
                        0,
                        "casInscrit",
                        "reunion",
                        "r0",
                        1,
                        "reunionTenue",
                        "reunion",
                        "r0",
                        "date",
                        "2024-12-16",
                        "professions",
                        "2"));
        RcpHeld held = RcpHeld.of(logs, Year.of(2025), 6);
        assertThat(RcpHeld.of(logs, ReportingPeriod.year(Year.of(2025), PARIS), PARIS, 6))
                .isEqualTo(held);
        assertThat(RcpHeld.of(logs, ReportingPeriod.year(Year.of(2024), PARIS), PARIS, 6))
                .isEqualTo(RcpHeld.of(logs, Year.of(2024), 6));
        assertThat(held.meetings()).isEqualTo(2);
        assertThat(held.ratio()).isEqualTo(new Ratio(2, 6));
        assertThat(RcpHeld.of(logs, Year.of(2025), 1).ratio()).as("capped").isEqualTo(new Ratio(1, 1));
        assertThat(held.indicator("rcp", 1).achievement()).isEqualTo(new Achievement(333_333));
    }

    @Test
    void ratiosAreAchievementsBetweenZeroAndOne() {
        qt().forAll(integers().between(0, 100_000), integers().between(0, 100_000))
                .check((a, b) -> {
                    Ratio r = new Ratio(Math.min(a, b), Math.max(a, b));
                    long ppm = r.achievement().partsPerMillion();
                    return ppm >= 0
                            && ppm <= Achievement.SCALE
                            && (r.denominator() == 0 || r.numerator() != r.denominator() || ppm == Achievement.SCALE);
                });
    }

    @Test
    void unusedPathwayIsNotCounted() {
        Pathway p1 = AccesMedecinTraitant.pathway();
        assertThat(MedecinTraitantAccess.of(List.of(List.<Event>empty())).ratio())
                .isEqualTo(new Ratio(0, 0));
        assertThat(p1.code()).isEqualTo("P1");
    }
}
