package io.github.cptskit.aci.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.cptskit.aci.calculation.Amounts;
import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaymentCapRulesTest {

    private static MemberPayment pay(String who, LocalDate day, long cents) {
        return new MemberPayment(who, day, Amounts.ofCents(cents));
    }

    @Test
    void exactlyOnePassIsAllowedOneCentMoreIsNot() {
        // 2022: 41,136 € confirmed.
        LocalDate d = LocalDate.of(2022, 12, 31);
        assertThat(PaymentCap.bundled().check(2022, List.of(pay("a", d, 4_113_600))))
                .isEmpty();
        var over = PaymentCap.bundled().check(2022, List.of(pay("a", d, 4_113_601)));
        assertThat(over.map(Problem::code)).containsExactly("PAYMENT_CAP_EXCEEDED");
        assertThat(over.head().messageEn())
                .isEqualTo("professional a received 41\u00a0136,01 € in 2022, above 1 PASS (41\u00a0136,00 €)");
        assertThat(over.head().messageFr())
                .isEqualTo("le professionnel a a reçu 41\u00a0136,01 € en 2022, au-delà d'un PASS (41\u00a0136,00 €)");
        assertThat(over.head().isError()).isTrue();
        assertThat(over.head().reference()).contains(PaymentCap.D_1434_44);
    }

    @Test
    void eachProfessionalIsCheckedOnTheYearsPaymentsOnly() {
        var payments = List.of(
                pay("b", LocalDate.of(2022, 1, 1), 3_000_000),
                pay("a", LocalDate.of(2022, 6, 1), 5_000_000),
                pay("b", LocalDate.of(2022, 12, 31), 1_113_601),
                pay("b", LocalDate.of(2023, 1, 1), 9_000_000),
                pay("c", LocalDate.of(2021, 12, 31), 9_000_000));
        assertThat(PaymentCap.bundled()
                        .check(2022, payments)
                        .map(p -> p.messageEn().split(" ")[1]))
                .containsExactly("a", "b");
    }

    @Test
    void theUnconfirmedPassIsWarnedWithItsSourceBeforeTheExcesses() {
        var payments = List.of(pay("a", LocalDate.of(2024, 3, 1), 5_000_000));
        PaymentCap cap = PaymentCap.of(PaymentCap.bundled()
                .pass()
                .from(
                        LocalDate.of(2024, 1, 1),
                        io.github.cptskit.core.law.Sourced.of(
                                4_636_800L,
                                io.github.cptskit.core.law.LegalReference.of("a single source", "PASS 2024"),
                                io.github.cptskit.core.law.Confidence.UNCONFIRMED)));
        var problems = cap.check(2024, payments);
        assertThat(problems.map(Problem::code)).containsExactly("PAYMENT_CAP_UNCONFIRMED_PASS", "PAYMENT_CAP_EXCEEDED");
        assertThat(problems.head().isError()).isFalse();
        assertThat(problems.head().messageEn()).isEqualTo("unconfirmed PASS for 2024: 46\u00a0368,00 €");
        assertThat(problems.head().messageFr()).isEqualTo("PASS 2024 non confirmé : 46\u00a0368,00 €");
        assertThat(problems.head().reference().get().text()).isEqualTo("a single source");
        assertThat(PaymentCap.bundled().check(2024, payments).map(Problem::code))
                .as("2024 is confirmed by its arrêté")
                .containsExactly("PAYMENT_CAP_EXCEEDED");
    }

    @Test
    void theRuleStartsIn2022AndTheUsersPassReplacesTheBundledOne() {
        var payments = List.of(pay("a", LocalDate.of(2021, 3, 1), 99_000_000));
        assertThat(PaymentCap.bundled().check(2021, payments)).isEmpty();
        assertThat(PaymentCap.FIRST_YEAR).isEqualTo(2022);
        PaymentCap mine = PaymentCap.bundled().withPass(2025, 50_000);
        assertThat(mine.pass().at(LocalDate.of(2025, 6, 1)).get().value()).isEqualTo(5_000_000L);
        assertThat(mine.pass().at(LocalDate.of(2025, 6, 1)).get().confidence()).isEqualTo(Confidence.USER_SUPPLIED);
        assertThat(mine.pass().at(LocalDate.of(2024, 6, 1)).get().value()).isEqualTo(4_636_800L);
        assertThat(mine.check(2025, List.of(pay("a", LocalDate.of(2025, 3, 1), 4_900_000))))
                .isEmpty();
        assertThat(PaymentCap.bundled()
                        .pass()
                        .at(LocalDate.of(2022, 1, 1))
                        .get()
                        .confidence())
                .isEqualTo(Confidence.CONFIRMED);
        assertThat(PaymentCap.bundled()
                        .pass()
                        .at(LocalDate.of(2019, 1, 1))
                        .get()
                        .value())
                .isEqualTo(4_052_400L);
        assertThat(PaymentCap.bundled().pass().at(LocalDate.of(2018, 12, 31))).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> PaymentCap.bundled().check(2024, null));
        assertThat(PaymentCap.D_1434_44.citation())
                .isEqualTo(
                        "Code de la santé publique (décret n° 2022-375 du 16 mars 2022), art. D.1434-44 (2022-03-16)");
    }
}
