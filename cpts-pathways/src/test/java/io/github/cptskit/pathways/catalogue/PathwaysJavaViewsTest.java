package io.github.cptskit.pathways.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.EventType;
import io.github.cptskit.pathways.engine.Field;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.engine.Rejection;
import io.github.cptskit.pathways.engine.Transition;
import io.github.cptskit.pathways.fhir.EpisodeOfCareStatus;
import io.github.cptskit.pathways.fhir.RequestStatus;
import io.github.cptskit.pathways.fhir.TaskStatus;
import io.github.cptskit.pathways.indicator.MedecinTraitantAccess;
import io.github.cptskit.pathways.problem.PathwaysProblem;
import io.github.cptskit.pathways.store.EventStore;
import io.vavr.Tuple;
import io.vavr.collection.TreeMap;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The java.util views and the event builder added for issue #24 (decision record 0004, item 7) give
 * what their Vavr twins and the positional constructor give, over the whole catalogue.
 */
class PathwaysJavaViewsTest {

    private static final Instant AT = Instant.parse("2025-03-03T08:00:00Z");

    @Test
    void everyPathwayTransitionAndFieldReadsAsJavaUtil() {
        int transitions = 0;
        for (Pathway p : Catalogue.all()) {
            assertThat(p.parametersList()).isEqualTo(p.parameters().toJavaList());
            assertThat(p.sourcesList()).isEqualTo(p.sources().toJavaList()).isNotEmpty();
            for (Transition<?> t : p.definition().transitionsList()) {
                assertThat(t.routeOptional()).isEqualTo(t.route().toJavaOptional());
                assertThat(t.guardsList()).isEqualTo(t.guards().toJavaList());
                assertThat(t.startsList()).isEqualTo(t.starts().toJavaList());
                assertThat(t.cancelsList()).isEqualTo(t.cancels().toJavaList());
                assertThat(t.raisesList()).isEqualTo(t.raises().toJavaList());
                transitions++;
            }
            for (EventType type : p.definition().eventTypesMap().values()) {
                for (Field f : type.fieldsList()) {
                    assertThat(new ArrayList<>(f.choicesSet()))
                            .isEqualTo(f.choices().toJavaList());
                    assertThatThrownBy(() -> f.choicesSet().add("x")).isInstanceOf(UnsupportedOperationException.class);
                }
            }
        }
        assertThat(transitions).isGreaterThan(20);
    }

    @Test
    void fhirStatusesFromTheirCodes() {
        for (TaskStatus s : TaskStatus.values()) {
            assertThat(TaskStatus.ofCodeOptional(s.code())).contains(s);
        }
        for (RequestStatus s : RequestStatus.values()) {
            assertThat(RequestStatus.ofCodeOptional(s.code())).contains(s);
        }
        for (EpisodeOfCareStatus s : EpisodeOfCareStatus.values()) {
            assertThat(EpisodeOfCareStatus.ofCodeOptional(s.code())).contains(s);
        }
        assertThat(TaskStatus.ofCodeOptional("nope")).isEmpty();
    }

    @Test
    @SuppressWarnings("deprecation")
    void theEventBuilderNamesWhatTheConstructorTakesInOrder() {
        UUID id = UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8057");
        PatientRef patient = PatientRef.parse("pat-0042").get();
        Event positional = new Event(
                new InstanceId("snp-1"),
                1,
                id,
                "demande",
                AT,
                AT.plusSeconds(5),
                patient,
                new ActorRef("usr-1"),
                TreeMap.of("motif", "douleur"));
        Event named = Event.builder()
                .instance(new InstanceId("snp-1"))
                .sequence(1)
                .id(id)
                .type("demande")
                .at(AT)
                .recordedAt(AT.plusSeconds(5))
                .patient(patient)
                .author(new ActorRef("usr-1"))
                .data(Map.of("motif", "douleur"))
                .build();
        assertThat(named).isEqualTo(positional);
        Event sameInstant = Event.builder()
                .instance(new InstanceId("snp-1"))
                .sequence(1)
                .id(id)
                .type("demande")
                .at(AT)
                .patient(patient)
                .author(new ActorRef("usr-1"))
                .build();
        assertThat(sameInstant.recordedAt()).isEqualTo(AT);
        assertThat(sameInstant.dataMap()).isEmpty();
        assertThatThrownBy(() -> Event.builder().at(AT).build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("instance");
        assertThatThrownBy(() -> Event.builder()
                        .instance(new InstanceId("snp-1"))
                        .id(id)
                        .type("demande")
                        .at(AT)
                        .patient(patient)
                        .author(new ActorRef("usr-1"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storeRecordsIndicatorsAndParametersReadAsJavaUtil() {
        Event e = Event.builder()
                .instance(new InstanceId("snp-1"))
                .sequence(1)
                .id(UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8057"))
                .type("demande")
                .at(AT)
                .patient(PatientRef.parse("pat-0042").get())
                .author(new ActorRef("usr-1"))
                .build();
        EventStore.DueInstance due =
                new EventStore.DueInstance(new InstanceId("snp-1"), "P2", 1, io.vavr.collection.List.of(e));
        assertThat(due.eventsList()).containsExactly(e);
        Rejection refused = new Rejection(
                Problem.of(PathwaysProblem.ACTOR_REF_FORMAT, "x"),
                io.vavr.collection.List.of("guard"),
                io.vavr.collection.List.empty());
        EventStore.Fired fired =
                new EventStore.Fired(1, 0, io.vavr.collection.List.of(Tuple.of(new InstanceId("snp-1"), refused)));
        assertThat(fired.rejectionsList()).containsExactly(Map.entry(new InstanceId("snp-1"), refused));
        MedecinTraitantAccess none = MedecinTraitantAccess.of(List.of());
        assertThat(none.registeredMap()).isEqualTo(none.registered().toJavaMap(t -> t));
        assertThat(none.foundMap()).isEqualTo(none.found().toJavaMap(t -> t));
        assertThat(none.delaysMap()).isEqualTo(none.delays().toJavaMap(t -> Tuple.of(t._1, t._2.asJava())));
        ParcoursChronique.Parameters defaults = ParcoursChronique.Parameters.defaults();
        assertThat(defaults.withReviews(List.of(Period.ofMonths(2)), "CPTS"))
                .isEqualTo(defaults.withReviews(io.vavr.collection.List.of(Period.ofMonths(2)), "CPTS"));
    }
}
