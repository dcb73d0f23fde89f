package io.github.cptskit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.cpts.CptsMission;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.membership.RuleSet;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@code cpts validate} reads a CPTS as it is registered (issue #16). */
class ValidateRegistrationTest {

    private static final String JSON = """
            {
              "name": "CPTS de Strasbourg (example)",
              "legalForm": "ASSOCIATION_ALSACE_MOSELLE",
              "siren": "180035024",
              "constituted": "2022-03-02",
              "registered": "2022-04-01",
              "sirets": ["18003502400017"],
              "seat": "67482",
              "missions": ["acces", "parcours"],
              "communes": ["67482"],
              "lifecycle": {"initiative": "2022-01-10"},
              "members": [
                {"type": "professional", "idnps": "810002909371", "profession": "10", "specialties": ["SM54"],
                 "joined": "2022-03-02", "left": "2024-12-31"},
                {"type": "structure", "kind": "ETABLISSEMENT_DE_SANTE", "name": "CH",
                 "finessEj": "670780055", "finessEt": "670000272", "siret": "73282932000074"}
              ]
            }
            """;

    @Test
    void theRegistrationFieldsAreRead() {
        Cpts cpts = new ValidateCommand().read(JSON, "cpts.json");
        assertThat(cpts.seat().get().code()).isEqualTo("67482");
        assertThat(cpts.constitutionDate().get()).isEqualTo(LocalDate.of(2022, 3, 2));
        assertThat(cpts.registrationDate().get()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(cpts.rna().isEmpty()).isTrue();
        assertThat(cpts.sirets().map(Object::toString)).containsExactly("18003502400017");
        assertThat(cpts.missions()).containsExactly(CptsMission.ACCES, CptsMission.PARCOURS);
        assertThat(cpts.members().head().left().get()).isEqualTo(LocalDate.of(2024, 12, 31));
        Member.Structure ch = (Member.Structure) cpts.members().last().member();
        assertThat(ch.ids().map(Object::toString))
                .containsExactly("FINESS_EJ:670780055", "FINESS_ET:670000272", "SIRET:73282932000074");
        var codes = RuleSet.standard()
                .evaluate(cpts, LocalDate.of(2025, 1, 1), List.empty())
                .map(Problem::code);
        assertThat(codes).contains("NO_GENERAL_PRACTITIONER", "ASSOCIATION_LOCAL_LAW_MEMBERS");
        assertThat(codes).doesNotContain("CPTS_LOCAL_LAW_SEAT");
    }

    @Test
    void anUnknownMissionOrSeatIsAnInputError() {
        String bad = JSON.replace("\"acces\"", "\"acess\"").replace("\"seat\": \"67482\"", "\"seat\": \"99999\"");
        assertThatThrownBy(() -> new ValidateCommand().read(bad, "cpts.json"))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("MISSION_UNKNOWN")
                .hasMessageContaining("SEAT_UNKNOWN_COMMUNE");
    }
}
