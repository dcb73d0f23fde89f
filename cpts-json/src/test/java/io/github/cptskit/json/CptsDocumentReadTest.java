package io.github.cptskit.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.cpts.CptsMission;
import io.github.cptskit.core.cpts.Lifecycle;
import io.github.cptskit.core.cpts.Membership;
import io.github.cptskit.core.cpts.Role;
import io.github.cptskit.core.cpts.Stage;
import io.github.cptskit.core.identifier.Finess;
import io.github.cptskit.core.identifier.Rna;
import io.github.cptskit.core.identifier.Siren;
import io.github.cptskit.core.identifier.Siret;
import io.github.cptskit.core.legalform.Associate;
import io.github.cptskit.core.legalform.LegalForm;
import io.github.cptskit.core.legalform.ScicCategory;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.member.StructureId;
import io.github.cptskit.core.member.StructureKind;
import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What {@link CptsDocument#read} makes of each part of a CPTS document (the file of {@code cpts validate}),
 * and the exact problem a user reads for each mistake: its code, its English (and for some its French)
 * message, and where it is (JSON path, line and column).
 */
class CptsDocumentReadTest {
    private static final String HEAD =
            "{\"name\": \"CPTS\", \"communes\": [\"01173\"], " + "\"lifecycle\": {\"initiative\": \"2022-01-10\"}";

    /** A document of the head's CPTS with more fields. */
    private static String doc(String more) {
        return HEAD + (more.isEmpty() ? "" : ", " + more) + "}";
    }

    private static String members(String... members) {
        return doc("\"members\": [" + String.join(", ", members) + "]");
    }

    private static Cpts valid(String json) {
        var read = CptsDocument.read(json, "cpts.json");
        assertThat(read.isValid()).as(() -> read.getError().mkString("\n")).isTrue();
        return read.get();
    }

    private static Seq<Problem> problems(String json) {
        var read = CptsDocument.read(json, "cpts.json");
        assertThat(read.isInvalid()).as(json).isTrue();
        return read.getError();
    }

    /** Each problem as {@code CODE path: English message}. */
    private static List<String> coded(String json) {
        return problems(json)
                .map(p -> p.code() + " " + p.location().get().path() + ": " + p.message(Locale.ENGLISH))
                .toJavaList();
    }

    private static Location at(Problem p) {
        return p.location().get();
    }

    private static final String GP = "\"type\": \"professional\", \"idnps\": \"810002909371\", \"profession\": \"10\"";
    private static final String MSP =
            "\"type\": \"structure\", \"kind\": \"MSP\", \"name\": \"MSP\", \"finessEt\": \"010000024\"";

    /** One identifier of each scheme, in the order the reader takes the schemes. */
    private static final StructureId[] EVERY_SCHEME = {
        StructureId.of(Finess.of("750712184")),
        StructureId.finessEj(Finess.of("750712184")),
        StructureId.finessEt(Finess.of("010000024")),
        StructureId.of(Siret.of("73282932000074")),
        StructureId.of(Siren.of("180035024")),
        StructureId.of(Rna.of("W011234567"))
    };

    @Test
    void aDocumentWithoutItsThreeRequiredFieldsNamesEachAtTheRoot() {
        for (String empty : new String[] {"{}", "[]", "\"CPTS\"", "null", "  \n  {}"}) {
            Seq<Problem> problems = problems(empty);
            assertThat(problems.map(p -> p.code() + " " + p.message(Locale.ENGLISH)))
                    .as(empty)
                    .containsExactly(
                            "JSON_MISSING_FIELD missing field: name",
                            "JSON_MISSING_FIELD missing field: communes",
                            "JSON_MISSING_FIELD missing field: lifecycle.initiative");
            assertThat(problems.head().message(Locale.FRENCH)).isEqualTo("champ manquant : name");
            assertThat(problems.map(p -> at(p).path())).containsOnly("");
            assertThat(problems.map(p -> at(p).source())).containsOnly("cpts.json");
        }
        Location root = at(problems("  \n  {}").head());
        assertThat(root.line()).isEqualTo(2);
        assertThat(root.column()).isEqualTo(3);
        // a name that is no text is missing too
        assertThat(coded(HEAD.replace("\"CPTS\"", "true") + "}"))
                .containsExactly("JSON_MISSING_FIELD : missing field: name");
    }

    @Test
    void problemsAreLocatedByLineColumnAndPath() {
        String json = "{\"name\": \"CPTS\",\n"
                + " \"communes\": [\"01173\"],\n"
                + " \"lifecycle\": {\"initiative\": \"2022-01-10\"},\n"
                + " \"members\": [{" + GP + "},\n"
                + "   {" + GP.replace("810002909371", "810002909372") + ", \"roles\": [\"KING\"]}]}";
        Seq<Problem> problems = problems(json);
        assertThat(problems.map(Problem::code)).containsExactly("RPPS_KEY", "ROLE_UNKNOWN");
        Location idnps = at(problems.get(0));
        assertThat(idnps.path()).isEqualTo("members[1].idnps");
        assertThat(idnps.line()).isEqualTo(5);
        assertThat(idnps.column())
                .isEqualTo(json.substring(json.lastIndexOf('\n')).indexOf("\"810002909372\""));
        Location role = at(problems.get(1));
        assertThat(role.path()).isEqualTo("members[1].roles[0]");
        assertThat(role.toString()).startsWith("cpts.json:5:");
        assertThat(problems.get(1).message(Locale.ENGLISH))
                .isEqualTo("unknown role \"KING\" (expected: "
                        + io.vavr.collection.List.of(Role.values()).mkString(", ") + ")");
        assertThat(problems.get(1).message(Locale.FRENCH)).startsWith("rôle inconnu « KING » (attendu : ");
    }

    @Test
    void theCptsFieldsAreReadIntoTheCpts() {
        Cpts cpts = valid(doc("\"legalForm\": \"SCIC\", \"siren\": \"180035024\", \"constituted\": \"2022-03-02\","
                + " \"registered\": \"2022-03-20\", \"rna\": \"W011234567\","
                + " \"sirets\": [\"18003502400017\", \"73282932000074\"], \"seat\": \"01173\","
                + " \"missions\": [\"acces\", \"crises\"], \"missionStarts\": {\"acces\": \"2023-06-01\"}"));
        assertThat(cpts.name()).isEqualTo("CPTS");
        assertThat(cpts.legalForm().get()).isEqualTo(LegalForm.SCIC);
        assertThat(cpts.siren().get()).isEqualTo(Siren.of("180035024"));
        assertThat(cpts.constitutionDate().get()).isEqualTo(LocalDate.of(2022, 3, 2));
        assertThat(cpts.registrationDate().get()).isEqualTo(LocalDate.of(2022, 3, 20));
        assertThat(cpts.rna().get()).isEqualTo(Rna.of("W011234567"));
        assertThat(cpts.sirets()).containsExactly(Siret.of("18003502400017"), Siret.of("73282932000074"));
        assertThat(cpts.seat().get().code()).isEqualTo("01173");
        assertThat(cpts.missions()).containsExactly(CptsMission.ACCES, CptsMission.CRISES);
        assertThat(cpts.missionStarts().get(CptsMission.ACCES).get()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(cpts.territory().communes().map(c -> c.code())).containsExactly("01173");
        assertThat(cpts.initiative()).isEqualTo(LocalDate.of(2022, 1, 10));
        assertThat(cpts.members()).isEmpty();
        for (LegalForm form : new LegalForm[] {
            LegalForm.ASSOCIATION_1901, LegalForm.ASSOCIATION_ALSACE_MOSELLE, LegalForm.SISA, LegalForm.GIE
        }) {
            String name = form.equals(LegalForm.ASSOCIATION_ALSACE_MOSELLE)
                    ? "ASSOCIATION_ALSACE_MOSELLE"
                    : form.equals(LegalForm.ASSOCIATION_1901)
                            ? "ASSOCIATION_1901"
                            : form.getClass().getSimpleName().toUpperCase(Locale.ROOT);
            assertThat(valid(doc("\"legalForm\": \"" + name + "\"")).legalForm().get())
                    .as(name)
                    .isEqualTo(form);
        }
        Cpts bare = valid(doc(""));
        assertThat(bare.legalForm().isEmpty()
                        && bare.siren().isEmpty()
                        && bare.rna().isEmpty()
                        && bare.seat().isEmpty()
                        && bare.constitutionDate().isEmpty()
                        && bare.registrationDate().isEmpty())
                .isTrue();
    }

    @Test
    void badCptsFieldsAreEachReportedWhereTheyAre() {
        List<String> problems = coded(
                doc(
                        "\"legalForm\": \"SARL\", \"siren\": \"180035025\", \"constituted\": \"2022-02-30\","
                                + " \"registered\": 20220320, \"rna\": \"X011234567\","
                                + " \"sirets\": [\"18003502400017\", \"18003502400018\"], \"seat\": \"99999\","
                                + " \"missions\": [\"acces\", \"nope\"], \"missionStarts\": {\"acces\": \"soon\", \"other\": \"2023-01-01\"}"));
        assertThat(problems)
                .contains(
                        "LEGAL_FORM_UNKNOWN legalForm: unknown legal form \"SARL\" (expected: ASSOCIATION_1901,"
                                + " ASSOCIATION_ALSACE_MOSELLE, SISA, SCIC, GIE)",
                        "DATE_INVALID constituted: invalid date \"2022-02-30\" (expected: YYYY-MM-DD)",
                        "DATE_INVALID registered: invalid date \"20220320\" (expected: YYYY-MM-DD)",
                        "SEAT_UNKNOWN_COMMUNE seat: unknown seat commune \"99999\" (expected: a current INSEE code)",
                        "DATE_INVALID missionStarts.acces: invalid date \"soon\" (expected: YYYY-MM-DD)");
        assertThat(problems.stream().map(p -> p.substring(p.indexOf(' ') + 1, p.indexOf(':'))))
                .containsExactly(
                        "legalForm",
                        "siren",
                        "constituted",
                        "registered",
                        "rna",
                        "sirets[1]",
                        "seat",
                        "missions[1]",
                        "missionStarts.acces",
                        "missionStarts.other");
        assertThat(problems.get(1)).startsWith("SIREN_KEY siren:");
        assertThat(problems.get(5)).startsWith("SIRET_KEY sirets[1]:");
    }

    @Test
    void aProfessionalIsReadWithEverything() {
        Cpts cpts = valid(members(
                "{" + GP + ", \"specialties\": [\"SM54\"], \"mode\": \"MIXTE\","
                        + " \"practisesAt\": [\"FINESS:750712184\", \"FINESS_EJ:750712184\", \"FINESS_ET:010000024\","
                        + " \"SIRET:73282932000074\", \"SIREN:180035024\", \"RNA:W011234567\"],"
                        + " \"roles\": [\"PRESIDENT\", \"TRESORIER\"], \"joined\": \"2022-03-02\", \"left\": \"2024-01-01\"}",
                "{\"type\": \"professional\", \"idnps\": \"810000000009\", \"profession\": \"60\"}",
                "{\"type\": \"professional\", \"idnps\": \"810000000009\", \"profession\": \"71\","
                        + " \"nomenclature\": \"TRE_R95\"}"));
        Membership first = cpts.members().get(0);
        var gp = (Member.HealthProfessional) first.member();
        assertThat(gp.id().value()).isEqualTo("810002909371");
        assertThat(gp.profession()).isEqualTo(Profession.MEDECIN);
        assertThat(gp.specialties()).containsExactly(Specialty.SM54);
        assertThat(gp.mode()).isEqualTo(ExerciseMode.MIXTE);
        assertThat(gp.practisesAt()).containsExactly(EVERY_SCHEME);
        assertThat(first.roles()).containsExactly(Role.PRESIDENT, Role.TRESORIER);
        assertThat(first.joined()).isEqualTo(LocalDate.of(2022, 3, 2));
        assertThat(first.left().get()).isEqualTo(LocalDate.of(2024, 1, 1));
        Membership nurse = cpts.members().get(1);
        var n = (Member.HealthProfessional) nurse.member();
        assertThat(n.profession()).isEqualTo(Profession.INFIRMIER);
        assertThat(n.mode()).as("LIBERAL unless given").isEqualTo(ExerciseMode.LIBERAL);
        assertThat(n.specialties()).isEmpty();
        assertThat(n.practisesAt()).isEmpty();
        assertThat(nurse.roles()).isEmpty();
        assertThat(nurse.joined()).as("the initiative unless given").isEqualTo(LocalDate.of(2022, 1, 10));
        assertThat(nurse.left()).isEmpty();
        var r95 = (Member.HealthProfessional) cpts.members().get(2).member();
        assertThat(r95.profession()).isEqualTo(Profession.OSTEOPATHE);
    }

    @Test
    void aBadProfessionalReportsEveryProblemAndIsLeftOut() {
        List<String> problems = coded(members(
                "{\"type\": \"professional\", \"profession\": \"10\", \"specialties\": [\"S-54\", \"SM54\"],"
                        + " \"mode\": \"BENEVOLE\", \"practisesAt\": [\"FAX:1\", \"FINESS_ET:960000024\", \"nothing\"]}",
                "{\"type\": \"professional\", \"idnps\": \"810000000009\"}",
                "{\"type\": \"professional\", \"idnps\": \"810000000009\", \"profession\": \"10\","
                        + " \"nomenclature\": 15}"));
        assertThat(problems.get(0)).isEqualTo("JSON_MISSING_FIELD members[0]: missing field: idnps");
        assertThat(problems)
                .contains(
                        "SPECIALTY_UNKNOWN members[0].specialties[0]: invalid TRE_R38 specialty code \"S-54\""
                                + " (expected: e.g. SM54)",
                        "MODE_UNKNOWN members[0].mode: unknown exercise mode \"BENEVOLE\" (expected: LIBERAL,"
                                + " SALARIE, MIXTE)",
                        "SITE_INVALID members[0].practisesAt[0]: invalid site \"FAX:1\" (expected: FINESS, FINESS_EJ,"
                                + " FINESS_ET, SIRET, SIREN or RNA, a colon and the number, e.g. FINESS_ET:010000024)",
                        "SITE_INVALID members[0].practisesAt[2]: invalid site \"nothing\" (expected: FINESS, FINESS_EJ,"
                                + " FINESS_ET, SIRET, SIREN or RNA, a colon and the number, e.g. FINESS_ET:010000024)",
                        "JSON_MISSING_FIELD members[1]: missing field: profession",
                        "NOMENCLATURE_UNKNOWN members[2].nomenclature: unknown profession nomenclature \"15\""
                                + " (expected: TRE_G15, TRE_R95 or TRE_R94)");
        assertThat(problems.stream().filter(p -> p.contains("practisesAt[1]")))
                .singleElement()
                .asString()
                .startsWith("FINESS_FORMAT members[0].practisesAt[1]:");
        assertThat(problems).hasSize(8);
    }

    @Test
    void aStructureIsReadWithItsIdentifiersAndConstitution() {
        Cpts cpts = valid(members(
                "{\"type\": \"structure\", \"kind\": \"MSP\", \"name\": \"MSP de Gex\", \"finess\": \"750712184\","
                        + " \"finessEj\": \"750712184\", \"finessEt\": \"010000024\", \"siret\": \"73282932000074\","
                        + " \"siren\": \"180035024\", \"rna\": \"W011234567\", \"roles\": [\"SECRETAIRE\"],"
                        + " \"constitution\": {\"legalForm\": \"SCIC\", \"associates\": ["
                        + "{\"naturalPerson\": true, \"profession\": \"10\", \"scicCategory\": \""
                        + ScicCategory.values()[0].name() + "\", \"capitalPartsPerMillion\": 1000000},"
                        + "{\"naturalPerson\": false, \"publicBody\": true, \"capitalPartsPerMillion\": 0},"
                        + "{\"naturalPerson\": false}]}}",
                "{\"type\": \"structure\", \"kind\": \"ETABLISSEMENT_DE_SANTE\", \"finess\": \"750712184\","
                        + " \"siren\": \"180035024\", \"finessEj\": \"750712184\"}"));
        var msp = (Member.Structure) cpts.members().get(0).member();
        assertThat(msp.kind()).isEqualTo(StructureKind.MSP);
        assertThat(msp.name()).isEqualTo("MSP de Gex");
        assertThat(msp.ids()).containsExactly(EVERY_SCHEME);
        assertThat(cpts.members().get(0).roles()).containsExactly(Role.SECRETAIRE);
        Member.Constitution c = msp.constitution().get();
        assertThat(c.form()).isEqualTo(LegalForm.SCIC);
        assertThat(c.associates())
                .containsExactly(
                        new Associate(
                                true,
                                io.vavr.control.Option.some(Profession.MEDECIN),
                                io.vavr.control.Option.some(ScicCategory.values()[0]),
                                false,
                                1_000_000),
                        new Associate(false, io.vavr.control.Option.none(), io.vavr.control.Option.none(), true, 0),
                        new Associate(false, io.vavr.control.Option.none(), io.vavr.control.Option.none(), false, 0));
        var hospital = (Member.Structure) cpts.members().get(1).member();
        assertThat(hospital.name()).as("no name: empty").isEmpty();
        assertThat(hospital.constitution()).isEmpty();
        assertThat(hospital.ids())
                .as("in the order of the schemes, the same FINESS once as finess and once as finessEj")
                .containsExactly(
                        StructureId.of(Finess.of("750712184")),
                        StructureId.finessEj(Finess.of("750712184")),
                        StructureId.of(Siren.of("180035024")));
    }

    @Test
    void aRepeatedIdentifierOfAStructureIsKeptOnce() {
        var s = (Member.Structure)
                valid(members("{\"type\": \"structure\", \"kind\": \"MSP\", \"finess\": \"750712184\","
                                + " \"finessEt\": \"010000024\"}"))
                        .members()
                        .head()
                        .member();
        assertThat(s.ids()).hasSize(2);
    }

    @Test
    void aBadStructureReportsEveryProblemAndIsLeftOut() {
        List<String> problems = coded(
                members(
                        "{\"type\": \"structure\", \"kind\": \"CLINIC\", \"finess\": \"960712184\"}",
                        "{\"type\": \"structure\", \"kind\": \"MSP\"}",
                        "{" + MSP
                                + ", \"constitution\": {\"associates\": [{\"naturalPerson\": \"yes\", \"publicBody\": 1,"
                                + " \"profession\": \"999\", \"scicCategory\": \"X\", \"capitalPartsPerMillion\": 1000001},"
                                + " {\"capitalPartsPerMillion\": -1}, {\"naturalPerson\": true, \"capitalPartsPerMillion\": \"half\"}]}}"));
        List<StructureKind> kinds = List.of(StructureKind.values());
        assertThat(problems)
                .contains(
                        "STRUCTURE_KIND_UNKNOWN members[0].kind: unknown structure kind \"CLINIC\" (expected: "
                                + io.vavr.collection.List.ofAll(kinds).mkString(", ") + ")",
                        "JSON_MISSING_FIELD members[1]: missing field: finess|finessEj|finessEt|siret|siren|rna",
                        "JSON_MISSING_FIELD members[2].constitution: missing field: legalForm",
                        "BOOLEAN_EXPECTED members[2].constitution.associates[0].naturalPerson: \"naturalPerson\": true or"
                                + " false expected",
                        "BOOLEAN_EXPECTED members[2].constitution.associates[0].publicBody: \"publicBody\": true or"
                                + " false expected",
                        "SCIC_CATEGORY_UNKNOWN members[2].constitution.associates[0].scicCategory: unknown SCIC"
                                + " associates' category \"X\" (expected: "
                                + io.vavr.collection.List.of(ScicCategory.values())
                                        .mkString(", ") + ")",
                        "CAPITAL_SHARE_INVALID members[2].constitution.associates[0].capitalPartsPerMillion: invalid"
                                + " share of the capital \"1000001\" (expected: a whole number of millionths, 0 to"
                                + " 1000000)",
                        "JSON_MISSING_FIELD members[2].constitution.associates[1]: missing field: naturalPerson",
                        "CAPITAL_SHARE_INVALID members[2].constitution.associates[1].capitalPartsPerMillion: invalid"
                                + " share of the capital \"-1\" (expected: a whole number of millionths, 0 to 1000000)",
                        "CAPITAL_SHARE_INVALID members[2].constitution.associates[2].capitalPartsPerMillion: invalid"
                                + " share of the capital \"half\" (expected: a whole number of millionths, 0 to"
                                + " 1000000)");
        assertThat(problems.stream().filter(p -> p.startsWith("FINESS_FORMAT members[0].finess:")))
                .hasSize(1);
        assertThat(problems.stream()
                        .filter(p -> p.contains("associates[0].profession:"))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void theMembershipOfAnInvalidMemberIsCheckedToo() {
        assertThat(coded(members("{\"type\": \"robot\", \"roles\": [\"KING\"], \"joined\": \"2023-02-30\","
                        + " \"left\": \"2021-01-01\"}")))
                .containsExactly(
                        "MEMBER_TYPE members[0].type: unknown member type \"robot\" (expected: professional, structure)",
                        "ROLE_UNKNOWN members[0].roles[0]: unknown role \"KING\" (expected: "
                                + io.vavr.collection.List.of(Role.values()).mkString(", ") + ")",
                        "DATE_INVALID members[0].joined: invalid date \"2023-02-30\" (expected: YYYY-MM-DD)",
                        "MEMBER_LEFT_BEFORE_JOINING members[0].left: left before joining \"2021-01-01\" (expected: a"
                                + " day after 2022-01-10)");
    }

    @Test
    void aValueOfTheWrongShapeIsReportedNotReadAsEmpty() {
        List<String> problems = coded("{\"name\": \"CPTS\", \"communes\": \"01173\", \"sirets\": \"18003502400017\","
                + " \"missions\": {\"acces\": true}, \"missionStarts\": [\"acces\"],"
                + " \"lifecycle\": {\"initiative\": \"2022-01-10\", \"notes\": \"réunion\"},"
                + " \"members\": [{" + GP + ", \"roles\": \"PRESIDENT\", \"specialties\": \"SM54\","
                + " \"practisesAt\": \"FINESS_ET:010000024\"}, {" + MSP
                + ", \"constitution\": {\"legalForm\": \"SISA\","
                + " \"associates\": {\"naturalPerson\": true}}}]}");
        assertThat(problems)
                .containsExactly(
                        "JSON_ARRAY_EXPECTED communes: \"communes\": an array expected",
                        "JSON_OBJECT_EXPECTED lifecycle.notes: \"notes\": an object expected",
                        "JSON_ARRAY_EXPECTED sirets: \"sirets\": an array expected",
                        "JSON_ARRAY_EXPECTED missions: \"missions\": an array expected",
                        "JSON_OBJECT_EXPECTED missionStarts: \"missionStarts\": an object expected",
                        "JSON_ARRAY_EXPECTED members[0].specialties: \"specialties\": an array expected",
                        "JSON_ARRAY_EXPECTED members[0].practisesAt: \"practisesAt\": an array expected",
                        "JSON_ARRAY_EXPECTED members[0].roles: \"roles\": an array expected",
                        "JSON_ARRAY_EXPECTED members[1].constitution.associates: \"associates\": an array expected");
        assertThat(problems(doc("").replace(
                                        "\"initiative\": \"2022-01-10\"}",
                                        "\"initiative\": \"2022-01-10\"," + " \"notes\": [\"x\"]}"))
                        .map(p -> p.code() + " " + p.message(Locale.FRENCH)))
                .containsExactly("JSON_OBJECT_EXPECTED « notes » : un objet attendu");
        assertThat(coded(doc("\"members\": {\"type\": \"structure\"}")))
                .containsExactly("JSON_ARRAY_EXPECTED members: \"members\": an array expected");
    }

    @Test
    void aMemberOfNoKnownTypeIsReported() {
        assertThat(coded(members("{\"type\": \"robot\", \"idnps\": \"810002909371\"}")))
                .containsExactly(
                        "MEMBER_TYPE members[0].type: unknown member type \"robot\" (expected: professional, structure)");
    }

    @Test
    void aMissingTypeOrKindIsReportedOnceAsMissing() {
        // Before: also as MEMBER_TYPE / STRUCTURE_KIND_UNKNOWN of the value "null".
        assertThat(coded(members(
                        "{\"idnps\": \"810002909371\"}", "{\"type\": \"structure\", \"finess\": \"750712184\"}")))
                .containsExactly(
                        "JSON_MISSING_FIELD members[0]: missing field: type",
                        "JSON_MISSING_FIELD members[1]: missing field: kind");
    }

    @Test
    void membershipDatesAndRoles() {
        List<String> problems = coded(members(
                "{" + GP + ", \"joined\": \"2023-05-01\", \"left\": \"2023-05-01\"}",
                "{" + GP + ", \"joined\": \"2023-05-01\", \"left\": \"2023-04-30\"}",
                "{" + GP + ", \"joined\": \"2023-05-32\", \"left\": \"2021-12-31\"}",
                "{" + GP + ", \"left\": \"never\", \"roles\": [\"PRESIDENT\", \"CHIEF\"]}"));
        assertThat(problems)
                .containsExactly(
                        "MEMBER_LEFT_BEFORE_JOINING members[0].left: left before joining \"2023-05-01\" (expected: a"
                                + " day after 2023-05-01)",
                        "MEMBER_LEFT_BEFORE_JOINING members[1].left: left before joining \"2023-04-30\" (expected: a"
                                + " day after 2023-05-01)",
                        "DATE_INVALID members[2].joined: invalid date \"2023-05-32\" (expected: YYYY-MM-DD)",
                        "MEMBER_LEFT_BEFORE_JOINING members[2].left: left before joining \"2021-12-31\" (expected: a"
                                + " day after 2022-01-10)",
                        "ROLE_UNKNOWN members[3].roles[1]: unknown role \"CHIEF\" (expected: "
                                + io.vavr.collection.List.of(Role.values()).mkString(", ") + ")",
                        "DATE_INVALID members[3].left: invalid date \"never\" (expected: YYYY-MM-DD)");
        Membership nextDay = valid(members("{" + GP + ", \"joined\": \"2023-05-01\", \"left\": \"2023-05-02\"}"))
                .members()
                .head();
        assertThat(nextDay.left().get()).isEqualTo(LocalDate.of(2023, 5, 2));
    }

    @Test
    void theLifecycleIsReadStepByStepWithNotesAndAnObjection() {
        Cpts cpts =
                valid("{\"name\": \"CPTS\", \"communes\": [\"01173\"], \"lifecycle\": {\"initiative\": \"2022-01-10\","
                        + " \"letterOfIntent\": \"2022-02-01\", \"projetSubmitted\": \"2022-09-01\", \"arsApproved\": \"2022-11-01\","
                        + " \"aciSigned\": \"2023-03-01\", \"active\": \"2023-06-01\", \"dissolved\": \"2025-01-01\","
                        + " \"notes\": {\"initiative\": \"réunion\", \"arsApproved\": \"tacit approval\"},"
                        + " \"objection\": {\"date\": \"2022-10-01\", \"ground\": \"territoire\"}}}");
        Lifecycle l = cpts.lifecycle();
        assertThat(l.history().map(s -> s.stage() + " " + s.date() + " " + s.note()))
                .containsExactly(
                        "INITIATIVE 2022-01-10 réunion",
                        "LETTRE_D_INTENTION 2022-02-01 ",
                        "PROJET_DE_SANTE_SUBMITTED 2022-09-01 ",
                        "APPROVED_BY_ARS 2022-11-01 tacit approval",
                        "ACI_SIGNED 2023-03-01 ",
                        "ACTIVE 2023-06-01 ",
                        "DISSOLVED 2025-01-01 ");
        assertThat(l.objection().get())
                .isEqualTo(
                        new Lifecycle.Step(Stage.PROJET_DE_SANTE_SUBMITTED, LocalDate.of(2022, 10, 1), "territoire"));
        Lifecycle plain = valid(doc("")).lifecycle();
        assertThat(plain.history().map(Lifecycle.Step::stage)).containsExactly(Stage.INITIATIVE);
        assertThat(plain.objection()).isEmpty();
        assertThat(valid(doc("")).lifecycle().history().head().note()).isEmpty();
        assertThat(valid(
                                "{\"name\": \"CPTS\", \"communes\": [\"01173\"], \"lifecycle\": {\"initiative\": \"2022-01-10\","
                                        + " \"projetSubmitted\": \"2022-09-01\", \"arsApproved\": \"2022-11-01\"}}")
                        .lifecycle()
                        .history()
                        .last()
                        .note())
                .as("the ARS's approval without a note of its own: the step's")
                .isEqualTo("express approval");
    }

    @Test
    void lifecycleProblemsAreLocatedAtTheirStep() {
        List<String> problems = coded("{\"name\": \"CPTS\", \"communes\": [\"01173\"], \"lifecycle\": {"
                + " \"letterOfIntent\": \"2022-02-30\", \"aciSigned\": \"2023-03-01\","
                + " \"notes\": {\"active\": \"go\", \"someday\": \"x\", \"initiative\": true},"
                + " \"objection\": {\"date\": \"2022-10-01\"}}}");
        assertThat(problems.get(0)).isEqualTo("JSON_MISSING_FIELD lifecycle: missing field: initiative");
        assertThat(problems.get(1))
                .isEqualTo("DATE_INVALID lifecycle.letterOfIntent: invalid date \"2022-02-30\" (expected: YYYY-MM-DD)");
        assertThat(problems.get(2)).startsWith("LIFECYCLE_").contains(" lifecycle.aciSigned: ");
        assertThat(problems.subList(3, problems.size()))
                .containsExactly(
                        "LIFECYCLE_NOTE_WITHOUT_STEP lifecycle.notes.active: note \"go\" for active, a step the"
                                + " lifecycle does not have",
                        "LIFECYCLE_NOTE_WITHOUT_STEP lifecycle.notes.someday: note \"x\" for someday, a step the"
                                + " lifecycle does not have",
                        "LIFECYCLE_NOTE_WITHOUT_STEP lifecycle.notes.initiative: note \"null\" for initiative, a step"
                                + " the lifecycle does not have",
                        "JSON_MISSING_FIELD lifecycle.objection: missing field: ground");
        assertThat(problems(doc("").replace(
                                        "\"initiative\": \"2022-01-10\"}",
                                        "\"initiative\": \"2022-01-10\"," + " \"notes\": {\"dissolved\": \"x\"}}"))
                        .head()
                        .message(Locale.FRENCH))
                .isEqualTo("note « x » pour dissolved, une étape que le cycle de vie n'a pas");
    }

    @Test
    void communesAreCheckedAsATerritory() {
        Seq<Problem> problems = problems(doc("").replace("[\"01173\"]", "[\"01173\", 1173, \"99999\", \"01173\"]"));
        assertThat(problems.map(Problem::code))
                .containsExactly(
                        "TERRITORY_MALFORMED_COMMUNE_CODE", "TERRITORY_UNKNOWN_COMMUNE", "TERRITORY_DUPLICATE_COMMUNE");
        assertThat(problems.map(p -> at(p).path())).containsOnly("communes");
        assertThat(problems.map(p -> at(p).column())).containsOnly(HEAD.indexOf('[') + 1);
        assertThat(valid(doc("").replace("[\"01173\"]", "[]")).territory().isEmpty())
                .isTrue();
    }
}
