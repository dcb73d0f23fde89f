package io.github.cptskit.aci.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a reform file says about itself, and the files it refuses before reading any rule. */
class ReformFileTest {

    private static final String PLAIN = "{\"version\": \"r-2027\", \"title\": \"R\", \"effective\": \"2027-01-01\","
            + " \"parameters\": {\"paiement.avance.pourcentage\": 70}}";

    private static Seq<Problem> problems(String json) {
        return Reform.read(new StringReader(json), "reform.json").getError();
    }

    @Test
    void aReformWithoutModelSectionKeepsTheModelAndDropsNoText() {
        Reform r = Reform.read(new StringReader(PLAIN), "reform.json").get();
        assertThat(r.version()).isEqualTo("r-2027");
        assertThat(r.effective()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(r.counterfactual()).isFalse();
        assertThat(r.changesModel()).isFalse();
        assertThat(r.dropped(TariffRules.bundled())).isEmpty();
        assertThat(r.droppedList(TariffRules.bundled())).isEmpty();
        ModelParameters base = ModelParameters.bundled();
        assertThat(r.parameters(base).get()).isSameAs(base);
        assertThat(r.rules(TariffRules.bundled()).get().texts().last().version())
                .isEqualTo("r-2027");
        assertThat(r).hasToString("Reform[r-2027 from 2027-01-01]");
    }

    @Test
    void aCounterfactualWithAModelSectionSaysSoInItsName() {
        String json = PLAIN.replace(
                "\"parameters\"",
                "\"counterfactual\": false, \"model\": {\"tarif.quantile\": 0.5}," + " \"parameters\"");
        Reform r = Reform.read(new StringReader(json), "reform.json").get();
        assertThat(r.counterfactual()).isFalse();
        assertThat(r.changesModel()).isTrue();
        assertThat(r.parameters(ModelParameters.bundled())
                        .get()
                        .get("tarif.quantile")
                        .central())
                .isEqualTo(0.5);
        assertThat(r).hasToString("Reform[r-2027 from 2027-01-01, model [tarif.quantile]]");
        Reform cf = Reform.read(new StringReader(json.replace("false", "true")), "reform.json")
                .get();
        assertThat(cf.counterfactual()).isTrue();
        assertThat(cf).hasToString("Reform[r-2027 from 2027-01-01, counterfactual, model [tarif.quantile]]");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedUnread() {
        StringBuilder big = new StringBuilder(PLAIN.substring(0, PLAIN.length() - 1)).append(", \"title2\": \"");
        while (big.length() <= Reform.MAX_CHARS) {
            big.append("x".repeat(8192));
        }
        Seq<Problem> p = problems(big.append("\"}").toString());
        assertThat(p.map(Problem::code)).containsExactly("REFORM_TOO_LARGE");
        assertThat(p.head().messageEn()).contains("1048576");
        assertThat(p.head().location().get().source()).isEqualTo("reform.json");
        // Exactly the limit is read (and then checked as rules).
        String padded = PLAIN.substring(0, PLAIN.length() - 1) + "}";
        padded = padded + " ".repeat(Reform.MAX_CHARS - padded.length());
        assertThat(Reform.read(new StringReader(padded), "reform.json").isValid())
                .isTrue();
    }

    @Test
    void aFileThatCannotBeReadOrIsNotAnObjectIsOneProblem() {
        Reader broken = new Reader() {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {}
        };
        Seq<Problem> io = Reform.read(broken, "reform.json").getError();
        assertThat(io.map(Problem::code)).containsExactly("TARIFF_IO");
        assertThat(io.head().messageEn()).contains("disk gone");
        assertThat(problems("[1, 2]").map(Problem::code)).containsExactly("TARIFF_SYNTAX");
        assertThat(problems("{\"version\": ").map(Problem::code)).containsExactly("JSON_SYNTAX");
    }
}
