package io.github.cptskit.aci.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.aci.calculation.Amounts;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaymentCapTest {

    private static MemberPayment pay(String who, int year, long euros) {
        return new MemberPayment(who, LocalDate.of(year, 6, 1), Amounts.ofCents(euros * 100));
    }

    @Test
    void capIsOnePassPerProfessionalPerYearFrom2022() {
        // 2022 PASS: 41,136 € (confirmed). 30,000 + 12,000 = 42,000 € > 41,136 € for the same professional.
        var payments = List.of(
                pay("10002909371", 2022, 30_000),
                pay("10002909371", 2022, 12_000),
                pay("other", 2022, 41_136),
                pay("10002909371", 2021, 99_000));
        assertThat(PaymentCap.bundled().check(2022, payments).map(Problem::code))
                .containsExactly("PAYMENT_CAP_EXCEEDED");
        assertThat(PaymentCap.bundled().check(2022, payments).head().messageEn())
                .contains("10002909371")
                .contains("42\u00a0000,00 €")
                .contains("41\u00a0136,00 €");
        assertThat(PaymentCap.bundled().check(2021, payments)).isEmpty();
    }

    @Test
    void unconfirmedPassIsSaidAndReplaceable() {
        var payments = List.of(pay("a", 2024, 46_000));
        assertThat(PaymentCap.bundled().check(2024, payments)).isEmpty();
        assertThat(PaymentCap.bundled()
                        .withPass(2024, 45_000)
                        .check(2024, payments)
                        .map(Problem::code))
                .containsExactly("PAYMENT_CAP_EXCEEDED");
        var old = List.of(pay("a", 2021, 46_000));
        assertThat(PaymentCap.bundled().withPass(2021, 40_000).check(2021, old))
                .as("before the décret of 2022 the cap did not exist")
                .isEmpty();
    }

    @Test
    void aYearWhosePassIsNotBundledIsACodedProblemUnlessSupplied() {
        var payments = List.of(pay("a", 2027, 60_000));
        Problem none = PaymentCap.bundled().check(2027, payments).single();
        assertThat(none.code()).isEqualTo("PAYMENT_CAP_NO_PASS");
        assertThat(none.messageEn()).contains("2027").contains("last known: 2026");
        assertThat(PaymentCap.bundled().passOf(2027)).isEmpty();
        assertThat(PaymentCap.bundled().passOf(2026).get().value()).isEqualTo(4_806_000L);
        assertThat(PaymentCap.bundled()
                        .withPass(2027, 49_000)
                        .check(2027, payments)
                        .map(Problem::code))
                .containsExactly("PAYMENT_CAP_EXCEEDED");
        assertThat(PaymentCap.bundled().withPass(2027, 61_000).check(2027, payments))
                .isEmpty();
    }

    @Test
    void aPaymentInAnotherCurrencyIsACodedProblemNotAnException() {
        var payments = List.of(
                pay("10002909371", 2024, 40_000),
                new MemberPayment(
                        "10002909371",
                        LocalDate.of(2024, 3, 1),
                        org.javamoney.moneta.Money.of(new java.math.BigDecimal("9000.50"), "CHF")),
                new MemberPayment("other", LocalDate.of(2023, 3, 1), org.javamoney.moneta.Money.of(1, "USD")));
        var problems = PaymentCap.bundled().check(2024, payments);
        assertThat(problems.map(Problem::code)).containsExactly("PAYMENT_CAP_CURRENCY");
        assertThat(problems.head().isError()).isTrue();
        assertThat(problems.head().messageEn()).contains("10002909371", "2024-03-01", "9000.5 CHF", "not in euros");
        assertThat(problems.head().messageFr()).contains("n'est pas en euros");
        assertThat(problems.head().reference()).contains(PaymentCap.D_1434_44);
        // left out of the sums: 40,000 € alone is under the 2024 PASS (46,368 €); with the year's PASS
        // unknown, both problems are reported together.
        assertThat(PaymentCap.of(io.github.cptskit.core.law.EffectiveDated.empty())
                        .check(2024, payments)
                        .map(Problem::code))
                .containsExactly("PAYMENT_CAP_NO_PASS", "PAYMENT_CAP_CURRENCY");
    }
}
