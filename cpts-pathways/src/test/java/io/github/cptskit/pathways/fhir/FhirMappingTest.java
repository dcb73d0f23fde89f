package io.github.cptskit.pathways.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.pathways.catalogue.Catalogue;
import io.github.cptskit.pathways.catalogue.Level;
import io.github.cptskit.pathways.catalogue.Pathway;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

class FhirMappingTest {

    // The R4 value sets, as published (hl7.org/fhir/R4/valueset-*.html), copied here independently of the enums.
    private static final List<String> EPISODE_OF_CARE_R4 =
            List.of("planned", "waitlist", "active", "onhold", "finished", "cancelled", "entered-in-error");
    private static final List<String> REQUEST_STATUS_R4 =
            List.of("draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown");
    private static final List<String> TASK_STATUS_R4 = List.of(
            "draft",
            "requested",
            "received",
            "accepted",
            "rejected",
            "ready",
            "cancelled",
            "in-progress",
            "on-hold",
            "failed",
            "completed",
            "entered-in-error");

    @Test
    void theEnumsAreExactlyTheR4ValueSets() {
        assertThat(List.of(EpisodeOfCareStatus.values()).map(EpisodeOfCareStatus::code))
                .containsExactlyElementsOf(EPISODE_OF_CARE_R4);
        assertThat(List.of(RequestStatus.values()).map(RequestStatus::code))
                .containsExactlyElementsOf(REQUEST_STATUS_R4);
        assertThat(List.of(TaskStatus.values()).map(TaskStatus::code)).containsExactlyElementsOf(TASK_STATUS_R4);
        assertThat(EpisodeOfCareStatus.ofCode("on-hold"))
                .as("no hyphen in EpisodeOfCare")
                .isEmpty();
        assertThat(RequestStatus.ofCode("suspended")).as("STU3 code").isEmpty();
        assertThat(TaskStatus.ofCode("in progress")).isEmpty();
    }

    @Test
    void everyCodeReadsBackToItsStatus() {
        // a host reading a stored FHIR resource gets the same status back, for each value set
        for (EpisodeOfCareStatus s : EpisodeOfCareStatus.values()) {
            assertThat(EpisodeOfCareStatus.ofCode(s.code())).containsExactly(s);
        }
        for (RequestStatus s : RequestStatus.values()) {
            assertThat(RequestStatus.ofCode(s.code())).containsExactly(s);
        }
        for (TaskStatus s : TaskStatus.values()) {
            assertThat(TaskStatus.ofCode(s.code())).containsExactly(s);
        }
    }

    @Test
    void everyStateOfEveryPathwayMapsAndNothingElse() {
        FhirMapping m = FhirMapping.bundled();
        for (Pathway p : Catalogue.all()) {
            assertThat(m.table(p.id()).keySet())
                    .as(p.id())
                    .containsExactlyInAnyOrderElementsOf(p.definition().states());
            for (String s : p.definition().states()) {
                FhirStatus f = m.status(p.id(), s).get();
                boolean patient = p.level() == Level.PATIENT && !p.id().equals("prevention-personne");
                assertThat(f.episodeOfCare().isDefined()).as(p.id() + " " + s).isEqualTo(patient);
                assertThat(f.carePlan().isDefined()).as(p.id() + " " + s).isEqualTo(patient);
                assertThat(TASK_STATUS_R4).contains(f.task().code());
                f.episodeOfCare().forEach(e -> assertThat(EPISODE_OF_CARE_R4).contains(e.code()));
                f.carePlan().forEach(c -> assertThat(REQUEST_STATUS_R4).contains(c.code()));
            }
        }
    }

    @Test
    void endsMapToEndsAndSuspensionsToOnHold() {
        FhirMapping m = FhirMapping.bundled();
        for (Pathway p : Catalogue.all()) {
            for (String s : p.definition().terminals()) {
                assertThat(m.status(p.id(), s).get().task())
                        .as(p.id() + " " + s)
                        .isIn(TaskStatus.COMPLETED, TaskStatus.CANCELLED, TaskStatus.REJECTED, TaskStatus.FAILED);
            }
            for (String s : p.definition().states().removeAll(p.definition().terminals())) {
                assertThat(m.status(p.id(), s).get().task())
                        .as(p.id() + " " + s + " is not an end")
                        .isNotIn(TaskStatus.CANCELLED, TaskStatus.REJECTED, TaskStatus.FAILED);
            }
        }
        FhirStatus suspended = m.status("parcours-chronique", "SUSPENDU").get();
        assertThat(suspended.episodeOfCare().get().code()).isEqualTo("onhold");
        assertThat(suspended.carePlan().get().code()).isEqualTo("on-hold");
        assertThat(m.status("sortie-ic", "REHOSPITALISE").get().task()).isEqualTo(TaskStatus.ON_HOLD);
        assertThat(m.status("snp-sas", "NOPE")).isEmpty();
        assertThat(m.status(Catalogue.find("P1")
                                .get()
                                .engine()
                                .start(
                                        io.github.cptskit.pathways.engine.InstanceId.random(),
                                        io.github.cptskit.pathways.engine.PatientRef.parse("p")
                                                .get()))
                        .get()
                        .task())
                .isEqualTo(TaskStatus.REQUESTED);
    }
}
