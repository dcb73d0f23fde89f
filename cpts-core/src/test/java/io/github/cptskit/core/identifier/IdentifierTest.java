package io.github.cptskit.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptskit.core.problem.Problem;
import org.junit.jupiter.api.Test;

/** Real public identifiers, human spellings and every kind of mistake. */
class IdentifierTest {

    @Test
    void rppsOfTheAnsExample() {
        assertThat(Rpps.parse("100 029 093 71").get().value()).isEqualTo("10002909371");
        assertThat(Rpps.parse("10002909372").getError().map(Problem::code)).containsExactly("RPPS_KEY");
        assertThat(Rpps.parse("1000290937").getError().map(Problem::code)).containsExactly("RPPS_LENGTH");
        assertThat(Rpps.parse("1000290937X").getError().head().messageEn()).contains("position 11");
        assertThat(Rpps.parse("1000290937X").getError().head().messageFr()).contains("en position 11");
    }

    @Test
    void idnpsIsEightPlusRppsOrZeroPlusAdeli() {
        Idnps id = Idnps.parse("810002909371").get();
        assertThat(id.rpps().get()).isEqualTo(Rpps.of("10002909371"));
        assertThat(Idnps.of(Rpps.of("10002909371")).value()).isEqualTo("810002909371");
        assertThat(Idnps.parse("0691234567").get().rpps().isEmpty()).isTrue();
        assertThat(Idnps.parse("5123").getError().map(Problem::code)).containsExactly("IDNPS_FORMAT");
        assertThat(Idnps.FHIR_SYSTEM).isEqualTo("urn:oid:1.2.250.1.71.4.2.1");
    }

    @Test
    void sirenOfPublicBodiesAndSiretWithTheLaPosteException() {
        // CNAM (Caisse nationale de l'assurance maladie) and the python-stdnum example SIRET.
        assertThat(Siren.parse("180 035 024").isValid()).isTrue();
        assertThat(Siret.parse("732 829 320 00074").get().siren()).isEqualTo(Siren.of("732829320"));
        assertThat(Siret.of("73282932000074").formatted()).isEqualTo("732 829 320 00074");
        // La Poste: head office passes Luhn; its establishments use a digit sum multiple of 5.
        assertThat(Siret.parse("35600000000048").isValid()).isTrue();
        assertThat(Siret.parse("35600000049837").isValid()).isTrue(); // digit sum 45
        assertThat(Siret.parse("35600000049838").getError().map(Problem::code)).containsExactly("SIRET_KEY");
    }

    @Test
    void finessFormatOnlyWithCorsica() {
        // AP-HP (legal entity) and a Corsican prefix.
        assertThat(Finess.parse("75 071 218 4").get().departement()).isEqualTo("75");
        assertThat(Finess.parse("2A0000123").isValid()).isTrue();
        assertThat(Finess.parse("7507121").getError().map(Problem::code)).containsExactly("FINESS_LENGTH");
        assertThat(Finess.parse("AB0712184").getError().map(Problem::code)).containsExactly("FINESS_FORMAT");
        assertThat(Finess.of("750712184").formatted()).isEqualTo("75 071 218 4");
    }

    @Test
    void rnaAdeliAndInseeCodes() {
        assertThat(Rna.parse("w751234567").get().value()).isEqualTo("W751234567");
        assertThat(Rna.parse("X75123456").getError().map(Problem::code)).containsExactly("RNA_LENGTH", "RNA_CHARACTER");
        assertThat(Adeli.parse("69 123 456 7").isValid()).isTrue();
        assertThat(InseeCode.parse("2a004").get().departement()).isEqualTo("2A");
        assertThat(InseeCode.parse("97411").get().departement()).isEqualTo("974");
        assertThat(InseeCode.parse("20004").getError().map(Problem::code)).containsExactly("INSEE_FORMAT");
        assertThat(InseeCode.parse("7505").getError().map(Problem::code)).containsExactly("INSEE_LENGTH");
        assertThatThrownBy(() -> InseeCode.of("ABCDE")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inseeCodesStartWithARealDepartement() {
        for (String ok : new String[] {"01053", "2A004", "2B033", "95127", "97101", "97611", "98411", "98901"}) {
            assertThat(InseeCode.parse(ok).get().value()).as(ok).isEqualTo(ok);
        }
        for (String bad : new String[] {"00001", "20004", "96001", "99001", "97001", "98001", "98301"}) {
            assertThat(InseeCode.parse(bad).getError().map(Problem::code))
                    .as(bad)
                    .containsExactly("INSEE_FORMAT");
        }
        assertThat(InseeCode.parse("2C004").getError().map(Problem::code))
                .as("only 2A and 2B carry a letter")
                .containsExactly("INSEE_CHARACTER");
        assertThat(InseeCode.parse("7A004").getError().map(Problem::code)).containsExactly("INSEE_CHARACTER");
        assertThat(InseeCode.parse("98301").getError().head().messageEn())
                .isEqualTo("INSEE code: \"98301\" does not start with an existing département");
        assertThat(InseeCode.of("2a004")).isEqualTo(InseeCode.of("2A004")).hasToString("2A004");
        assertThat(InseeCode.of("01053")).isLessThan(InseeCode.of("2A004"));
        assertThat(InseeCode.of("2B033")).isGreaterThan(InseeCode.of("2A004"));
    }

    @Test
    void finessTakesDigitsAndCapitalLettersEverywhere() {
        assertThat(Finess.parse("2B09ZA0Z9").get().departement()).isEqualTo("2B");
        assertThat(Finess.parse("2A0000123").get().formatted()).isEqualTo("2A 000 012 3");
        assertThat(Finess.parse("75071218@").getError().map(Problem::code)).containsExactly("FINESS_CHARACTER");
        assertThat(Finess.parse("75071218[").getError().map(Problem::code)).containsExactly("FINESS_CHARACTER");
        assertThat(Finess.parse("75071218:").getError().map(Problem::code)).containsExactly("FINESS_CHARACTER");
        assertThat(Finess.parse("0Z0712184").getError().map(Problem::code))
                .as("a letter only in 2A and 2B")
                .containsExactly("FINESS_FORMAT");
    }

    @Test
    void messagesQuoteAtMostFortyCharacters() {
        String forty = "1".repeat(40);
        assertThat(Rpps.parse(forty).getError().head().messageEn()).endsWith("found 40: \"" + forty + "\"");
        assertThat(Rpps.parse(forty + "2").getError().head().messageEn()).endsWith("found 41: \"" + forty + "…\"");
        assertThat(Finess.parse("AB").getError().map(Problem::code))
                .as("the département is checked as soon as there are two characters")
                .containsExactly("FINESS_LENGTH", "FINESS_FORMAT");
    }

    @Test
    void aPastedPageGivesAHandfulOfProblemsQuickly() {
        // Found by fuzzing (issue #8): one problem per character, appended to a linked list, made a
        // 64 kB paste take minutes.
        String page = "x".repeat(65_536);
        var problems = Rpps.parse(page).getError();
        assertThat(problems.map(Problem::code).distinct()).containsExactly("RPPS_LENGTH", "RPPS_CHARACTER");
        assertThat(problems.count(p -> p.code().equals("RPPS_CHARACTER"))).isEqualTo(11);
        assertThat(problems.head().messageEn()).contains("found 65536").hasSizeLessThan(200);
        assertThat(Idnps.parse("9" + page).getError().head().messageFr()).hasSizeLessThan(200);
    }
}
