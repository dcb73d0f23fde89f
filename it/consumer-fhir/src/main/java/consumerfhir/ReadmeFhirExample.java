package consumerfhir;

import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.problem.Results;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.github.cptskit.fhir.CptsFhir;
import io.github.cptskit.fhir.annuaire.ImportSummary;
import io.github.cptskit.fhir.annuaire.Professionals;
import io.github.cptskit.fhir.annuaire.PsLibreAcces;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.r4.model.Practitioner;

/**
 * The README's FHIR example, compiled and run by the consumer check on the class path (HAPI does not
 * run on the module path); ReadmeSyncTest checks that every README line is here.
 */
public final class ReadmeFhirExample {
    private ReadmeFhirExample() {}

    public static void main(String[] args) throws Exception {
        Member.HealthProfessional gp = Member.HealthProfessional.of(Results.orElseThrow(Idnps.parse("810002909371")),
            Profession.MEDECIN, List.of(Specialty.SM54), ExerciseMode.LIBERAL);
        Practitioner practitioner = CptsFhir.practitioner(gp);
        String json = CptsFhir.context().newJsonParser().encodeResourceToString(practitioner);
        Member.HealthProfessional back = Results.orElseThrow(CptsFhir.professional(
            CptsFhir.context().newJsonParser().parseResource(Practitioner.class, json),
            CptsFhir.practitionerRolesList(gp)));
        check(back.equals(gp), "round trip");
        check(json.contains("urn:oid:1.2.250.1.71.4.2.1") && json.contains("https://rpps.esante.gouv.fr"), json);

        // a synthetic extraction here; the real file is read the same way
        StringWriter file = new StringWriter();
        PsLibreAcces.writeSynthetic(file, 1_000, 7, io.vavr.collection.List.of("01053", "01173"), 100);
        InputStream in = new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8));
        Professionals professionals = new Professionals();
        ImportSummary summary = Results.orElseThrow(PsLibreAcces.read(in, "PS_LibreAcces_Personne_activite.txt",
            professionals, refused -> refused.problemsList().forEach(System.err::println)));
        check(summary.lines() == 1_000 && summary.imported() + summary.refused() + summary.skipped() == 1_000, summary.toString());
        check(!professionals.members().isEmpty(), "members");
        System.out.println("cpts-fhir consumer check (" + args[0] + "): " + summary + ", "
                + professionals.members().size() + " professionals");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
