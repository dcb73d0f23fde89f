package io.github.cptskit.aci.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.core.problem.Problem;
import org.junit.jupiter.api.Test;

class ParameterKindTest {

    @Test
    void theKindComesFromThePathsEnd() {
        assertThat(ParameterKind.of("missions.acces.demarrage.mois")).isEqualTo(ParameterKind.MONTHS);
        assertThat(ParameterKind.of("missions.acces.deploiement.mois")).isEqualTo(ParameterKind.MONTHS);
        assertThat(ParameterKind.of("missions.acces.obligatoire")).isEqualTo(ParameterKind.FLAG);
        assertThat(ParameterKind.of("paiement.avance.pourcentage")).isEqualTo(ParameterKind.PERCENT);
        assertThat(ParameterKind.of("paiement.prorata.methode")).isEqualTo(ParameterKind.PRORATA);
        assertThat(ParameterKind.of("fonctionnement.taille1")).isEqualTo(ParameterKind.AMOUNT);
        assertThat(ParameterKind.of("missions.acces.fixe.taille4")).isEqualTo(ParameterKind.AMOUNT);
        assertThat(ParameterKind.of("plafond.taille2")).isEqualTo(ParameterKind.AMOUNT);
    }

    private static boolean ok(ParameterKind k, String raw) {
        return k.check("p", raw).isEmpty();
    }

    @Test
    void amountsAreNonNegativeEurosToTheCentUpToAHundredMillion() {
        for (String good : new String[] {"0", "50000", " 50000 ", "0.01", "12.30", "12.300", "100000000", "1e2"}) {
            assertThat(ok(ParameterKind.AMOUNT, good)).as(good).isTrue();
        }
        for (String bad : new String[] {
            "-1", "-0.01", "12.345", "100000000.01", "1e9", "abc", "", "  ", "12,50", "1234567890123456789012345678901"
        }) {
            assertThat(ok(ParameterKind.AMOUNT, bad)).as(bad).isFalse();
        }
        // Thirty characters are still read.
        assertThat(ok(ParameterKind.AMOUNT, "000000000000000000000000000001")).isTrue();
    }

    @Test
    void monthsAreWholeFromZeroToSixHundred() {
        for (String good : new String[] {"0", "6", "6.0", "600", " 18 "}) {
            assertThat(ok(ParameterKind.MONTHS, good)).as(good).isTrue();
        }
        for (String bad : new String[] {"-1", "6.5", "601", "six", ""}) {
            assertThat(ok(ParameterKind.MONTHS, bad)).as(bad).isFalse();
        }
    }

    @Test
    void flagsAreZeroOneTrueOrFalse() {
        for (String good : new String[] {"0", "1", "true", "false", " 1 "}) {
            assertThat(ok(ParameterKind.FLAG, good)).as(good).isTrue();
        }
        for (String bad : new String[] {"2", "yes", "TRUE", "", "01"}) {
            assertThat(ok(ParameterKind.FLAG, bad)).as(bad).isFalse();
        }
        assertThat(ParameterKind.flag(" 1 ")).isTrue();
        assertThat(ParameterKind.flag("true")).isTrue();
        assertThat(ParameterKind.flag("0")).isFalse();
        assertThat(ParameterKind.flag("false")).isFalse();
    }

    @Test
    void percentagesAreWholeFromZeroToAHundred() {
        for (String good : new String[] {"0", "75", "100", "100.0"}) {
            assertThat(ok(ParameterKind.PERCENT, good)).as(good).isTrue();
        }
        for (String bad : new String[] {"-1", "101", "75.5", "%", ""}) {
            assertThat(ok(ParameterKind.PERCENT, bad)).as(bad).isFalse();
        }
    }

    @Test
    void proRataMethodsAreTheEnumsNames() {
        assertThat(ok(ParameterKind.PRORATA, "JOURS_CALENDAIRES")).isTrue();
        assertThat(ok(ParameterKind.PRORATA, " MOIS ")).isTrue();
        assertThat(ok(ParameterKind.PRORATA, "mois")).isFalse();
        assertThat(ok(ParameterKind.PRORATA, "")).isFalse();
    }

    @Test
    void aBadValueIsACodedErrorNamingPathValueAndExpectation() {
        Problem p = ParameterKind.AMOUNT.check("fonctionnement.taille1", "-3").get();
        assertThat(p.code()).isEqualTo("TARIFF_BAD_VALUE");
        assertThat(p.isError()).isTrue();
        assertThat(p.messageFr())
                .isEqualTo("valeur invalide pour fonctionnement.taille1 : « -3 » (attendu : un montant en euros"
                        + " positif, au centime près, au plus 100 000 000)");
        assertThat(p.messageEn())
                .isEqualTo("invalid value for fonctionnement.taille1: \"-3\" (expected a non-negative amount in"
                        + " euros, to the cent, at most 100,000,000)");
        assertThat(ParameterKind.MONTHS.check("m", "x").get().messageEn())
                .isEqualTo("invalid value for m: \"x\" (expected a whole number of months)");
        assertThat(ParameterKind.MONTHS.check("m", "x").get().messageFr())
                .isEqualTo("valeur invalide pour m : « x » (attendu : un nombre entier de mois)");
        assertThat(ParameterKind.FLAG.check("f", "2").get().messageEn())
                .isEqualTo("invalid value for f: \"2\" (expected 0 or 1)");
        assertThat(ParameterKind.FLAG.check("f", "2").get().messageFr())
                .isEqualTo("valeur invalide pour f : « 2 » (attendu : 0 ou 1)");
        assertThat(ParameterKind.PERCENT.check("a", "101").get().messageEn())
                .isEqualTo("invalid value for a: \"101\" (expected a whole percentage from 0 to 100)");
        assertThat(ParameterKind.PERCENT.check("a", "101").get().messageFr())
                .isEqualTo("valeur invalide pour a : « 101 » (attendu : un pourcentage entier de 0 à 100)");
        assertThat(ParameterKind.PRORATA.check("r", "x").get().messageEn())
                .isEqualTo("invalid value for r: \"x\" (expected JOURS_CALENDAIRES or MOIS)");
        assertThat(ParameterKind.PRORATA.check("r", "x").get().messageFr())
                .isEqualTo("valeur invalide pour r : « x » (attendu : JOURS_CALENDAIRES ou MOIS)");
    }

    @Test
    void checkedValuesAreReadExactly() {
        assertThat(ParameterKind.AMOUNT.cents("37835")).isEqualTo(3_783_500L);
        assertThat(ParameterKind.AMOUNT.cents(" 0.07 ")).isEqualTo(7L);
        assertThat(ParameterKind.AMOUNT.cents("100000000")).isEqualTo(10_000_000_000L);
        assertThat(ParameterKind.integer(" 18 ")).isEqualTo(18);
        assertThat(ParameterKind.integer("6.0")).isEqualTo(6);
    }
}
