package io.github.cptskit.fhir.annuaire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.github.cptskit.fhir.CptsFhir;
import io.vavr.collection.Seq;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

class AnnuaireFhirTest {

    record Read(
            io.vavr.control.Validation<Seq<Problem>, ImportSummary> summary,
            java.util.List<Member.HealthProfessional> members,
            java.util.List<RefusedLine> refused) {}

    static Read read(String text) throws IOException {
        java.util.List<Member.HealthProfessional> m = new ArrayList<>();
        java.util.List<RefusedLine> r = new ArrayList<>();
        var s = AnnuaireFhir.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "annuaire.json", m::add, r::add);
        return new Read(s, m, r);
    }

    /** Professionals of a synthetic extraction. */
    static Seq<Member.HealthProfessional> professionals(int n) throws IOException {
        Professionals p = new Professionals();
        PsLibreAcces.read(
                new ByteArrayInputStream(PsLibreAccesTest.synthetic(n, 11, 0).getBytes(StandardCharsets.UTF_8)),
                "ps.txt",
                p,
                r -> {});
        return p.members();
    }

    @Test
    void aBundleOfPractitionersAndRolesGivesTheProfessionalsBack() throws IOException {
        Seq<Member.HealthProfessional> members = professionals(300);
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        int roles = 0;
        for (Member.HealthProfessional m : members) {
            roles += CptsFhir.practitionerRoles(m).size();
            // roles first for some: the join does not depend on the order
            CptsFhir.practitionerRoles(m).forEach(r -> bundle.addEntry().setResource(r));
            bundle.addEntry().setResource(CptsFhir.practitioner(m));
        }
        bundle.addEntry().setResource(new org.hl7.fhir.r4.model.Organization().setName("ignored"));
        String json = CptsFhir.context().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
        Read r = read(json);
        // every resource counted: practitioners and roles imported, the organisation skipped
        assertThat(r.summary().get())
                .isEqualTo(new ImportSummary(members.size() + roles + 1, members.size() + roles, 0, 1));
        assertThat(r.members()).containsExactlyElementsOf(members);
    }

    @Test
    void ndjsonLinesAreResources() throws IOException {
        Seq<Member.HealthProfessional> members = professionals(50);
        StringBuilder b = new StringBuilder();
        var json = CptsFhir.context().newJsonParser();
        int roles = 0;
        for (Member.HealthProfessional m : members) {
            roles += CptsFhir.practitionerRoles(m).size();
            b.append(json.encodeResourceToString(CptsFhir.practitioner(m))).append('\n');
            CptsFhir.practitionerRoles(m)
                    .forEach(x -> b.append(json.encodeResourceToString(x)).append('\n'));
        }
        b.append("{\"resourceType\": \"Practitioner\", \"id\": \"x1\", \"identifier\": [{\"system\":"
                + " \"urn:oid:1.2.250.1.71.4.2.1\", \"value\": \"810002909372\"}]}\n");
        b.append("{\"resourceType\": \"Nonsense\"}\n");
        Read r = read(b.toString());
        assertThat(r.members()).containsExactlyElementsOf(members);
        assertThat(r.summary().get())
                .isEqualTo(new ImportSummary(members.size() + roles + 2, members.size() + roles, 2, 0));
        assertThat(r.refused())
                .extracting(l -> l.problems().head().code())
                .containsExactlyInAnyOrder("ANNUAIRE_FHIR_RESOURCE", "RPPS_KEY");
        assertThat(r.refused()).allMatch(l -> l.line() > members.size());
    }

    @Test
    void anAnnuaireShapedPractitionerIsRead() throws IOException {
        // The shape of the ANS Annuaire IG's examples: IDNPS and RPPS identifiers, the profession and its
        // category in the exercicePro qualification, a savoir-faire, a role with a TRE_R23 mode and a
        // literal reference to its organisation.
        String bundle = """
                {"resourceType": "Bundle", "type": "searchset", "entry": [
                 {"fullUrl": "https://example.org/Practitioner/1", "resource": {"resourceType": "Practitioner",
                  "id": "1", "identifier": [
                   {"use": "official", "system": "urn:oid:1.2.250.1.71.4.2.1", "value": "810002909371",
                    "type": {"coding": [{"system": "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203", "code": "IDNPS"}]}},
                   {"use": "official", "system": "https://rpps.esante.gouv.fr", "value": "10002909371"}],
                  "qualification": [
                   {"code": {"coding": [
                     {"system": "https://mos.esante.gouv.fr/NOS/TRE_G15-ProfessionSante/FHIR/TRE-G15-ProfessionSante", "code": "10"},
                     {"system": "https://mos.esante.gouv.fr/NOS/TRE_R09-CategorieProfessionnelle/FHIR/TRE-R09-CategorieProfessionnelle", "code": "C"}]}},
                   {"code": {"coding": [
                     {"system": "https://mos.esante.gouv.fr/NOS/TRE_R38-SpecialiteOrdinale/FHIR/TRE-R38-SpecialiteOrdinale", "code": "SM54"}]}}]}},
                 {"resource": {"resourceType": "PractitionerRole", "id": "r1",
                  "practitioner": {"reference": "Practitioner/1"}, "organization": {"reference": "Organization/548812"},
                  "code": [{"coding": [{"system": "https://mos.esante.gouv.fr/NOS/TRE_R23-ModeExercice/FHIR/TRE-R23-ModeExercice", "code": "S"}]}]}}
                ]}
                """;
        Read r = read(bundle);
        Member.HealthProfessional p = r.members().get(0);
        assertThat(p.id().value()).isEqualTo("810002909371");
        assertThat(p.profession()).isEqualTo(Profession.MEDECIN);
        assertThat(p.specialties()).containsExactly(Specialty.SM54);
        assertThat(p.mode()).isEqualTo(ExerciseMode.SALARIE);
        assertThat(p.practisesAt()).isEmpty();
    }

    @Test
    void brokenJsonIsOneCodedProblem() throws IOException {
        Read r = read("{\"resourceType\": \"Bundle\", \"entry\": [ {\"resource\": {\"resourceType\": ");
        assertThat(r.summary().getError().single().code()).isEqualTo("ANNUAIRE_FHIR_SYNTAX");
        assertThat(r.summary().getError().single().location().get().line()).isEqualTo(1);
    }

    @Test
    void everyResourceIsCountedAsImportedRefusedOrSkippedNoneLost() throws IOException {
        String gp = "\"identifier\": [{\"system\": \"urn:oid:1.2.250.1.71.4.2.1\", \"value\": \"%s\"}],"
                + " \"qualification\": [{\"code\": {\"coding\": [{\"system\":"
                + " \"https://mos.esante.gouv.fr/NOS/TRE_G15-ProfessionSante/FHIR/TRE-G15-ProfessionSante\","
                + " \"code\": \"10\"}]}}]";
        String ndjson = String.join(
                "\n",
                // two practitioners without id: both imported
                "{\"resourceType\": \"Practitioner\", " + gp.formatted("810002909371") + "}",
                "{\"resourceType\": \"Practitioner\", " + gp.formatted("810100000008") + "}",
                // the same id with different RPPS: the first imported, the second refused
                "{\"resourceType\": \"Practitioner\", \"id\": \"p1\", " + gp.formatted("810002909371") + "}",
                "{\"resourceType\": \"Practitioner\", \"id\": \"p1\", " + gp.formatted("810100000008") + "}",
                // a practitioner with a contained Bundle: read as a practitioner, not as a Bundle
                "{\"resourceType\": \"Practitioner\", \"id\": \"p2\", \"contained\": [{\"resourceType\":"
                        + " \"Bundle\", \"id\": \"b\", \"type\": \"collection\"}], "
                        + gp.formatted("810100000008") + "}",
                // a role of an imported practitioner, and one of nobody here
                "{\"resourceType\": \"PractitionerRole\", \"id\": \"r1\", \"practitioner\": {\"reference\":"
                        + " \"Practitioner/p1\"}}",
                "{\"resourceType\": \"PractitionerRole\", \"id\": \"r2\", \"practitioner\": {\"reference\":"
                        + " \"Practitioner/elsewhere\"}}",
                "{\"resourceType\": \"Organization\", \"id\": \"o1\"}",
                "");
        Read r = read(ndjson);
        ImportSummary s = r.summary().get();
        assertThat(s.lines()).isEqualTo(8);
        assertThat(s.lines()).isEqualTo(s.imported() + s.refused() + s.skipped());
        assertThat(s.skipped()).isEqualTo(1);
        assertThat(r.refused()).hasSize((int) s.refused());
        var codes = new java.util.TreeMap<Long, String>();
        r.refused().forEach(l -> codes.put(l.line(), l.problems().head().code()));
        assertThat(codes)
                .containsEntry(4L, "ANNUAIRE_FHIR_DUPLICATE_ID")
                .containsEntry(7L, "ANNUAIRE_FHIR_ROLE_ORPHAN");
        assertThat(r.refused().get(0).problems().head().location().get().line()).isPositive();
        // imported: the two without id, p1 and its role r1, and p2 if HAPI reads its contained Bundle
        assertThat(r.members())
                .extracting(m -> m.id().value())
                .startsWith("810002909371", "810100000008", "810002909371");
        assertThat(s.imported()).isEqualTo(r.members().size() + 1);
        // the practitioner with a contained Bundle (line 5) is accounted for: imported, or refused with a code
        assertThat(r.members().size() == 4 || codes.containsKey(5L)).isTrue();
        assertThat(s.refused()).isEqualTo(8 - 1 - s.imported());
    }

    static final String GP = "{\"resourceType\": \"Practitioner\", \"id\": \"%s\", \"identifier\": [{\"system\":"
            + " \"urn:oid:1.2.250.1.71.4.2.1\", \"value\": \"810002909371\"}], \"qualification\": [{\"code\":"
            + " {\"coding\": [{\"system\":"
            + " \"https://mos.esante.gouv.fr/NOS/TRE_G15-ProfessionSante/FHIR/TRE-G15-ProfessionSante\","
            + " \"code\": \"10\"}]}}]}";

    static String role(String id, String reference, String mode) {
        return "{\"resourceType\": \"PractitionerRole\"" + (id == null ? "" : ", \"id\": \"" + id + "\"")
                + (reference == null ? "" : ", \"practitioner\": {\"reference\": \"" + reference + "\"}")
                + ", \"code\": [{\"coding\": [{\"system\":"
                + " \"https://mos.esante.gouv.fr/NOS/TRE_R23-ModeExercice/FHIR/TRE-R23-ModeExercice\", \"code\": \""
                + mode + "\"}]}]}";
    }

    @Test
    void aRoleRefersToAVersionOfItsPractitionerAndARoleOfNobodyNamesWhatItLacks() throws IOException {
        String bundle = "{\"resourceType\": \"Bundle\", \"type\": \"searchset\", \"total\": 3,\n"
                + " \"link\": [{\"relation\": \"self\", \"url\": \"https://example.org\"}],\n"
                + " \"entry\": [\n"
                + "  {\"fullUrl\": \"https://example.org/Practitioner/p1\", \"search\": {\"mode\": \"match\"},"
                + " \"resource\": " + GP.formatted("p1") + "},\n"
                + "  {\"resource\": " + role("r1", "Practitioner/p1/_history/3", "S") + "},\n"
                + "  {\"resource\": " + role(null, null, "L") + "},\n"
                + "  {\"resource\": " + role("r3", "Practitioner/p9", "L") + "}\n"
                + " ]}\n";
        Read r = read(bundle);
        assertThat(r.summary().get()).isEqualTo(new ImportSummary(4, 2, 2, 0));
        assertThat(r.members())
                .singleElement()
                .satisfies(m -> assertThat(m.mode()).isEqualTo(ExerciseMode.SALARIE));
        assertThat(r.refused())
                .extracting(l -> l.line() + " " + l.problems().single().code() + " "
                        + l.problems().single().messageEn())
                .containsExactly(
                        "6 ANNUAIRE_FHIR_ROLE_ORPHAN role PractitionerRole refers to —, which is no practitioner"
                                + " imported from this input",
                        "7 ANNUAIRE_FHIR_ROLE_ORPHAN role PractitionerRole/r3 refers to Practitioner/p9, which is no"
                                + " practitioner imported from this input");
        assertThat(r.refused().get(0).problems().single().location().get().source())
                .isEqualTo("annuaire.json");
    }

    @Test
    void whatIsNotAnObjectWhereOneIsExpectedIsASyntaxProblemAfterTheResourcesBeforeIt() throws IOException {
        Read array = read(GP.formatted("p1") + "\n[1, 2]\n");
        Problem p = array.summary().getError().single();
        assertThat(p.code()).isEqualTo("ANNUAIRE_FHIR_SYNTAX");
        assertThat(p.messageEn()).isEqualTo("invalid JSON: a JSON object expected");
        assertThat(p.location().get().line()).isEqualTo(2);
        assertThat(p.location().get().column()).isEqualTo(2);
        Read entry = read("{\"resourceType\": \"Bundle\", \"entry\": [\"x\"]}");
        assertThat(entry.summary().getError().single().messageEn())
                .isEqualTo("invalid JSON: an object expected in entry");
        // a resource HAPI cannot read is refused at its line; the others are read
        Read bad = read(GP.formatted("p1") + "\n{\"resourceType\": \"Practitioner\", \"active\": \"maybe\"}\n");
        assertThat(bad.summary().get()).isEqualTo(new ImportSummary(2, 1, 1, 0));
        assertThat(bad.refused().get(0).line()).isEqualTo(2);
        assertThat(bad.refused().get(0).problems().single().code()).isEqualTo("ANNUAIRE_FHIR_RESOURCE");
        assertThat(read("").summary().get()).isEqualTo(new ImportSummary(0, 0, 0, 0));
    }
}
