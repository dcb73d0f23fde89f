package io.github.cptskit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.cpts.CptsMission;
import io.github.cptskit.core.cpts.Lifecycle;
import io.github.cptskit.core.cpts.Role;
import io.github.cptskit.core.identifier.Finess;
import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.identifier.Rna;
import io.github.cptskit.core.identifier.Siren;
import io.github.cptskit.core.legalform.Associate;
import io.github.cptskit.core.legalform.LegalForm;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.member.StructureId;
import io.github.cptskit.core.member.StructureKind;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.core.territory.Territory;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Issue #24 (3): the CPTS document holds everything a {@code Cpts} holds (mission start dates, step
 * notes and an objection, structures' constitutions, professionals' sites), on generated values and on
 * the README's CPTS, and what it writes follows its schema; CptsModule writes and reads Vavr's
 * {@code Validation} and {@code Either} and refuses the other control types, never a bean dump.
 */
class WholeCptsDocumentTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema() throws Exception {
        try (InputStream in = CptsDocument.class.getResourceAsStream(CptsDocument.SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
    }

    private static void roundTrips(Cpts cpts, JsonSchema schema) throws Exception {
        String written = CptsDocument.write(cpts);
        Validation<Seq<Problem>, Cpts> back = CptsDocument.read(written, "written.json");
        assertThat(back.isValid())
                .as(() -> back.getError().mkString("\n") + "\n" + written)
                .isTrue();
        assertThat(back.get()).as(written).isEqualTo(cpts);
        assertThat(schema.validate(JSON.readTree(written))).as(written).isEmpty();
    }

    /** The README's CPTS (README "A registered CPTS"): missions started, a president and a treasurer. */
    static Cpts readmeCpts() {
        CommuneRegistry registry = CommuneRegistry.bundled();
        Territory gex =
                registry.territory(java.util.List.of("01173", "01160", "01419")).get();
        Lifecycle life = Lifecycle.start(LocalDate.of(2022, 1, 10))
                .submitProjet(LocalDate.of(2022, 9, 1))
                .flatMap(l -> l.arsApproves(LocalDate.of(2022, 11, 1)))
                .flatMap(l -> l.signAci(LocalDate.of(2023, 3, 1)))
                .get();
        Member gp = Member.HealthProfessional.of(
                Idnps.parse("810002909371").get(),
                Profession.MEDECIN,
                java.util.List.of(Specialty.SM54),
                ExerciseMode.LIBERAL);
        Member nurse = Member.HealthProfessional.of(
                Idnps.parse("810000000009").get(), Profession.INFIRMIER, java.util.List.of(), ExerciseMode.LIBERAL);
        return Cpts.of("CPTS du Pays de Gex", gex, LocalDate.of(2022, 1, 10))
                .withLifecycle(life)
                .constituted(LegalForm.ASSOCIATION_1901, Siren.of("180035024"), LocalDate.of(2022, 3, 2))
                .withRna(Rna.of("W011234567"))
                .withSeat(registry.findOptional("01173"))
                .withMember(gp, LocalDate.of(2022, 3, 2), Role.PRESIDENT)
                .withMember(nurse, LocalDate.of(2022, 3, 2), Role.TRESORIER)
                .withMissionStarted(CptsMission.ACCES, LocalDate.of(2023, 6, 1))
                .withMissionStarted(CptsMission.PARCOURS, LocalDate.of(2024, 1, 15))
                .withMissionStarted(CptsMission.PREVENTION, LocalDate.of(2024, 1, 15))
                .withMissionStarted(CptsMission.CRISES, LocalDate.of(2023, 9, 1));
    }

    @Test
    void theReadmesCptsRoundTripsThroughTheDocument() throws Exception {
        Cpts cpts = readmeCpts();
        String written = CptsDocument.write(cpts);
        assertThat(written).contains("\"missionStarts\"", "\"crises\" : \"2023-09-01\"");
        roundTrips(cpts, schema());
        // with a tacit approval (a step note of its own), an MSP constituted as a SISA, a site
        Lifecycle tacit = Lifecycle.start(LocalDate.of(2022, 1, 10))
                .submitProjet(LocalDate.of(2022, 9, 1))
                .get()
                .advanceTo(Clock.fixed(
                        LocalDate.of(2022, 12, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        StructureId msp = StructureId.finessEt(Finess.of("010000024"));
        Member sisa = Member.Structure.of(StructureKind.MSP, "MSP de Gex", msp)
                .constitutedAs(
                        LegalForm.SISA,
                        List.of(
                                Associate.professional(Profession.MEDECIN),
                                Associate.professional(Profession.INFIRMIER)));
        Member gpThere = ((Member.HealthProfessional) cpts.members().head().member()).practisingAt(msp);
        Cpts richer = cpts.withLifecycle(tacit)
                .withMembers(List.of(
                        io.github.cptskit.core.cpts.Membership.of(gpThere, LocalDate.of(2022, 3, 2), Role.PRESIDENT),
                        io.github.cptskit.core.cpts.Membership.of(sisa, LocalDate.of(2022, 4, 1))));
        assertThat(CptsDocument.write(richer))
                .contains("tacit approval", "\"constitution\"", "\"practisesAt\" : [ \"FINESS_ET:010000024\" ]");
        roundTrips(richer, schema());
    }

    private static final Gen<LocalDate> DAY =
            integers().between(0, 2_000).map(d -> LocalDate.of(2019, 1, 1).plusDays(d));

    /** A lifecycle reached through its own steps, some with notes of their own, perhaps an objection. */
    private static final Gen<Lifecycle> LIFECYCLE = DAY.zip(
            integers().between(0, 6), integers().between(0, 3), booleans().all(), (start, steps, noted, objected) -> {
                Lifecycle l = Lifecycle.start(start);
                LocalDate d = start;
                if (objected) {
                    l = l.submitProjet(d = d.plusDays(30)).get();
                    l = l.arsObjects(d = d.plusDays(20), "territoire inadapté").get();
                }
                for (int i = 0; i < steps; i++) {
                    d = d.plusDays(40);
                    var next = switch (i) {
                        case 0 -> l.letterOfIntent(d);
                        case 1 -> l.submitProjet(d);
                        case 2 -> l.arsApproves(d);
                        case 3 -> l.signAci(d);
                        case 4 -> l.activate(d);
                        default -> l.dissolve(d);
                    };
                    l = next.getOrElse(l);
                }
                if (noted < l.history().size()) {
                    var s = l.history().get(noted);
                    l = new Lifecycle(
                            l.history().update(noted, new Lifecycle.Step(s.stage(), s.date(), "note n° " + noted)),
                            l.objection());
                }
                return l;
            });

    private static final Gen<Cpts> CPTS =
            Samples.CPTS.zip(LIFECYCLE, integers().between(0, 63), DAY, (c, lifecycle, missionBits, day) -> {
                Cpts out = c.withLifecycle(lifecycle)
                        .withTerritory(
                                c.territory().isEmpty()
                                        ? CommuneRegistry.bundled()
                                                .territory(java.util.List.of("01173"))
                                                .get()
                                        : c.territory());
                CptsMission[] missions = CptsMission.values();
                for (int i = 0; i < missions.length; i++) {
                    if ((missionBits & (1 << i)) != 0) {
                        out = i % 2 == 0
                                ? out.withMissionStarted(missions[i], day.plusDays(i))
                                : out.withMissions(out.missions().append(missions[i]));
                    }
                }
                return out;
            });

    @Test
    void everyGeneratedCptsRoundTripsThroughTheDocument() throws Exception {
        JsonSchema schema = schema();
        qt().withExamples(300).forAll(CPTS).checkAssert(c -> {
            try {
                roundTrips(c, schema);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void badNewPartsAreCodedAndLocated() {
        String doc = "{\"name\": \"x\", \"communes\": [\"01173\"],\n"
                + " \"lifecycle\": {\"initiative\": \"2022-01-10\", \"notes\": {\"aciSigned\": \"signed\"}},\n"
                + " \"missionStarts\": {\"nope\": \"2023-01-01\", \"acces\": \"2023-02-30\"},\n"
                + " \"members\": [{\"type\": \"structure\", \"kind\": \"MSP\", \"name\": \"m\", \"finessEt\": \"010000024\",\n"
                + "   \"constitution\": {\"legalForm\": \"SCIC\", \"associates\": [{\"naturalPerson\": \"yes\","
                + " \"scicCategory\": \"X\", \"capitalPartsPerMillion\": \"2000000\"}]}},\n"
                + "  {\"type\": \"professional\", \"idnps\": \"810002909371\", \"profession\": \"10\","
                + " \"practisesAt\": [\"FAX:1\"]}]}";
        var problems = CptsDocument.read(doc, "cpts.json").getError();
        assertThat(problems.map(Problem::code))
                .contains(
                        "LIFECYCLE_NOTE_WITHOUT_STEP",
                        "DATE_INVALID",
                        "BOOLEAN_EXPECTED",
                        "SCIC_CATEGORY_UNKNOWN",
                        "CAPITAL_SHARE_INVALID",
                        "SITE_INVALID");
        assertThat(problems.filter(p -> p.location().isEmpty())).isEmpty();
        assertThat(problems.find(p -> p.code().equals("LIFECYCLE_NOTE_WITHOUT_STEP"))
                        .get()
                        .messageFr())
                .contains("aciSigned");
    }

    @Test
    void validationAndEitherAreWrittenAsAValueOrItsProblemsAndReadBack() throws Exception {
        ObjectMapper mapper = CptsJson.mapper();
        Cpts cpts = readmeCpts();
        Validation<Seq<Problem>, Cpts> valid = Validation.valid(cpts);
        Validation<Seq<Problem>, Cpts> invalid = Validation.invalid(
                List.of(Problem.of(io.github.cptskit.core.problem.CoreProblem.RPPS_KEY, "10002909372")));
        var type = new TypeReference<Validation<Seq<Problem>, Cpts>>() {};
        String v = mapper.writeValueAsString(valid);
        String i = mapper.writeValueAsString(invalid);
        assertThat(v).startsWith("{\"valid\":{");
        assertThat(i).startsWith("{\"invalid\":[{").contains("RPPS_KEY").doesNotContain("\"empty\"");
        assertThat(mapper.readValue(v, type)).isEqualTo(valid);
        assertThat(mapper.readValue(i, type)).isEqualTo(invalid);
        Either<Seq<Problem>, Cpts> right = Either.right(cpts);
        Either<String, Integer> left = Either.left("no");
        assertThat(mapper.readValue(
                        mapper.writeValueAsString(right), new TypeReference<Either<Seq<Problem>, Cpts>>() {}))
                .isEqualTo(right);
        assertThat(mapper.writeValueAsString(left)).isEqualTo("{\"left\":\"no\"}");
        assertThat(mapper.readValue("{\"left\":\"no\"}", new TypeReference<Either<String, Integer>>() {}))
                .isEqualTo(left);
        // anything else is refused, loudly
        assertThatThrownBy(() -> mapper.readValue("{\"valid\":1,\"invalid\":[]}", type))
                .isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"value\":1}", type)).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> mapper.readValue("[1]", type)).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> mapper.writeValueAsString(io.vavr.control.Try.success(1)))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("io.vavr.control.Try");
        assertThatThrownBy(() -> mapper.writeValueAsString(io.vavr.Lazy.of(() -> 1)))
                .isInstanceOf(JsonMappingException.class);
    }
}
