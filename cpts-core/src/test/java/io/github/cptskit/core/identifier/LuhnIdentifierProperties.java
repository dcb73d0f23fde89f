package io.github.cptskit.core.identifier;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cptskit.core.internal.identifier.IdentifierRules;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class LuhnIdentifierProperties {

    /** Appends the Luhn check digit to a payload. */
    private static String withKey(String payload) {
        for (char k = '0'; k <= '9'; k++) {
            if (IdentifierRules.luhn(payload + k)) {
                return payload + k;
            }
        }
        throw new AssertionError();
    }

    private static String digits(long n, int width) {
        return String.format("%0" + width + "d", n);
    }

    private static void everyValidPassesAndAnySingleDigitChangeFails(int length, Predicate<String> valid) {
        long bound = (long) Math.pow(10, length - 1) - 1;
        qt().forAll(
                        longs().between(0, bound),
                        integers().between(0, length - 1),
                        integers().between(1, 9))
                .check((payload, position, shift) -> {
                    String id = withKey(digits(payload, length - 1));
                    char[] c = id.toCharArray();
                    c[position] = (char) ('0' + (c[position] - '0' + shift) % 10);
                    return valid.test(id) && !valid.test(new String(c));
                });
    }

    @Test
    void rpps() {
        everyValidPassesAndAnySingleDigitChangeFails(11, s -> Rpps.parse(s).isValid());
    }

    @Test
    void siren() {
        everyValidPassesAndAnySingleDigitChangeFails(9, s -> Siren.parse(s).isValid());
    }

    @Test
    void siretOutsideLaPoste() {
        everyValidPassesAndAnySingleDigitChangeFails(
                14, s -> s.startsWith("356000000") || Siret.parse(s).isValid());
    }

    @Test
    void humanSpellingsNormaliseToTheSameValue() {
        qt().forAll(longs().between(0, 9_999_999_999L)).check(n -> {
            String id = withKey(digits(n, 10));
            String spaced =
                    id.substring(0, 3) + " " + id.substring(3, 6) + "." + id.substring(6, 9) + "-" + id.substring(9);
            return Rpps.parse(spaced).get().equals(Rpps.parse(id).get());
        });
    }
}
