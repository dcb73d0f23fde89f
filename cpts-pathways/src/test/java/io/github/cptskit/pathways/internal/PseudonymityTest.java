package io.github.cptskit.pathways.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.internal.Pseudonymity.Kind;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PseudonymityTest {

    @Test
    void nirShapes() {
        assertThat(Pseudonymity.looksLikeNir("1841275123456")).isTrue();
        assertThat(Pseudonymity.looksLikeNir("184127512345678")).isTrue();
        assertThat(Pseudonymity.looksLikeNir("2 84 12 75 123 456 78")).isTrue();
        assertThat(Pseudonymity.looksLikeNir("2.84.12.75.123.456")).isTrue();
        assertThat(Pseudonymity.looksLikeNir("184122A12345678")).isTrue();
        assertThat(Pseudonymity.looksLikeNir("184122B123456")).isTrue();
        assertThat(Pseudonymity.looksLikeNir("184122b123456"))
                .as("lower case b")
                .isTrue();
        assertThat(Pseudonymity.looksLikeNir("184122C123456"))
                .as("2C is no département")
                .isFalse();
        assertThat(Pseudonymity.looksLikeNir("184123A123456")).as("only 2A/2B").isFalse();
        assertThat(Pseudonymity.looksLikeNir("18412A2123456")).isFalse();
        assertThat(Pseudonymity.looksLikeNir("5841275123456"))
                .as("first digit 1, 2, 3, 4, 7 or 8")
                .isFalse();
        assertThat(Pseudonymity.looksLikeNir("184127512345")).as("12 digits").isFalse();
        assertThat(Pseudonymity.looksLikeNir("18412751234567")).as("14 digits").isFalse();
        assertThat(Pseudonymity.looksLikeNir("1841275123456789"))
                .as("16 digits")
                .isFalse();
        assertThat(Pseudonymity.looksLikeNir("18412751234X6")).isFalse();
        assertThat(Pseudonymity.looksLikeNir("1234567890123456789012")).isFalse();
        assertThat(Pseudonymity.looksLikeNir("10003456789")).as("an RPPS").isFalse();
        assertThat(Pseudonymity.looksLikeNir("2990199000090"))
                .as("0 and 9 are digits")
                .isTrue();
        for (String bad : new String[] {"18412/5123456", "18412:5123456"}) {
            assertThat(Pseudonymity.looksLikeNir(bad))
                    .as("a slash or a colon is no separator inside a number: " + bad)
                    .isFalse();
        }
    }

    /** The shapes a security review got through the old check (issue #27). */
    @Test
    void writtenFormsOfNirAndNia() {
        for (String nir : new String[] {
            "1-84-12-76-451-089-46",
            "nir:184127645108946",
            "NIR 1 84 12 76 451 089 46",
            "784127645108946",
            "pat_1_84_12_76_451_089",
            "3841275123456",
            "4841275123456",
            "8841275123456",
            "184122A12345678",
            "secu=2.84.12.2B.123.456.07"
        }) {
            assertThat(Pseudonymity.personal(nir)).as(nir).isEqualTo(Kind.NIR);
        }
    }

    @Test
    void contactsAndNamesWithDates() {
        assertThat(Pseudonymity.personal("jean.dupont@example.fr")).isEqualTo(Kind.EMAIL);
        assertThat(Pseudonymity.personal("a@b.co")).isEqualTo(Kind.EMAIL);
        for (String phone : new String[] {
            "06 12 34 56 78",
            "0612345678",
            "06.12.34.56.78",
            "+33 6 12 34 56 78",
            "33612345678",
            "tel-+262692123456",
            "+590 590 12 34 56"
        }) {
            assertThat(Pseudonymity.personal(phone)).as(phone).isEqualTo(Kind.PHONE);
        }
        for (String named : new String[] {"jean.dupont.1984-12-07", "dupont_jean_07-12-1984", "Marie Curie 19671107"}) {
            assertThat(Pseudonymity.personal(named)).as(named).isEqualTo(Kind.NAME_WITH_DATE);
        }
    }

    @Test
    void pseudonymsPass() {
        for (String ok : new String[] {
            "pat-7f3a9c",
            "usr-4411",
            "p2-a",
            "pat-2024-01-15-a",
            "0000000001",
            "3f0612345678ab",
            "h1841276451089460",
            "inst-00012",
            "10003456789",
            "a@b",
            "018f4a9e-7c3b-7d5e-9a1b-3c4d5e6f7a8b"
        }) {
            assertThat(Pseudonymity.personal(ok)).as(ok).isEqualTo(Kind.NONE);
        }
    }

    @Test
    void tokens() {
        assertThat(Pseudonymity.isToken("a")).isTrue();
        assertThat(Pseudonymity.isToken("x".repeat(64))).isTrue();
        assertThat(Pseudonymity.isToken("x".repeat(65))).isFalse();
        assertThat(Pseudonymity.isToken("")).isFalse();
        assertThat(Pseudonymity.isToken("Az09_.:-zZ")).isTrue();
        for (String bad : new String[] {"a b", "a/b", "é", "a@b", "a,b", "`", "{", "[", "@"}) {
            assertThat(Pseudonymity.isToken(bad)).as(bad).isFalse();
        }
    }

    /** A NIR or NIA in any of its written forms, behind any prefix, is refused as a patient or author reference. */
    @Test
    void everyWrittenNirIsRefusedEverywhere() {
        qt().forAll(nirs(), separators(), prefixes()).checkAssert((nir, sep, prefix) -> {
            String written = prefix + group(nir, sep);
            assertThat(Pseudonymity.personal(written)).as(written).isEqualTo(Kind.NIR);
            assertThat(PatientRef.parse(written).isInvalid()).as(written).isTrue();
            assertThat(ActorRef.parse(written).isInvalid()).as(written).isTrue();
        });
    }

    @Test
    void everyFrenchPhoneNumberIsRefused() {
        qt().forAll(integers().between(1, 9), longs().between(0, 99_999_999L), separators())
                .checkAssert((first, rest, sep) -> {
                    String digits = "0" + first + String.format("%08d", rest);
                    String written = group(digits, sep);
                    assertThat(Pseudonymity.personal(written)).as(written).isEqualTo(Kind.PHONE);
                    assertThat(PatientRef.parse(written).isInvalid())
                            .as(written)
                            .isTrue();
                });
    }

    @Test
    void namesWithDatesOfBirthAreRefused() {
        Gen<String> word = strings().betweenCodePoints('a', 'z').ofLengthBetween(2, 12);
        Gen<String> date = integers()
                .between(1900, 2099)
                .zip(
                        integers().between(1, 12),
                        integers().between(1, 28),
                        (y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
        qt().forAll(word, word, date).checkAssert((first, last, born) -> {
            String written = first + "." + last + "." + born;
            assertThat(Pseudonymity.personal(written)).as(written).isEqualTo(Kind.NAME_WITH_DATE);
            assertThat(PatientRef.parse(written).isInvalid()).as(written).isTrue();
        });
    }

    /** Opaque keys as hosts make them (a prefix and a hexadecimal hash) stay accepted. */
    @Test
    void hashedKeysStayAccepted() {
        qt().forAll(longs().all(), strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 4))
                .checkAssert((hash, prefix) -> {
                    String key = prefix + "-" + Long.toHexString(hash);
                    assertThat(Pseudonymity.personal(key)).as(key).isEqualTo(Kind.NONE);
                    assertThat(PatientRef.parse(key).isValid()).as(key).isTrue();
                });
    }

    private static Gen<String> nirs() {
        return integers()
                .between(0, 5)
                .zip(longs().between(0, 999_999_999_999L), integers().between(0, 2), (s, rest, key) -> {
                    char sex = "123478".charAt(s);
                    String body = String.format("%012d", rest);
                    if (key == 2) {
                        body = body.substring(0, 4) + "2A" + body.substring(6);
                    }
                    return sex + body + (key >= 1 ? String.format("%02d", 1 + (int) (rest % 97)) : "");
                });
    }

    private static Gen<String> separators() {
        return integers().between(0, 5).map(i -> new String[] {"", " ", ".", "-", "_", "\u00a0"}[i]);
    }

    private static Gen<String> prefixes() {
        return integers().between(0, 4).map(i -> new String[] {"", "nir:", "NIR ", "secu=", "x-"}[i]);
    }

    /** Groups a number as people write it: 1 84 12 76 451 089 46. */
    private static String group(String digits, String sep) {
        int[] widths = digits.length() == 10 ? new int[] {2, 2, 2, 2, 2} : new int[] {1, 2, 2, 2, 3, 3, 2};
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (int w : widths) {
            if (at >= digits.length()) {
                break;
            }
            if (at > 0) {
                b.append(sep);
            }
            b.append(digits, at, Math.min(digits.length(), at + w));
            at += w;
        }
        return b.toString();
    }
}
