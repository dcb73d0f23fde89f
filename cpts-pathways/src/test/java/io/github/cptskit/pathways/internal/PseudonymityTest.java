package io.github.cptskit.pathways.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PseudonymityTest {

    @Test
    void nirShapes() {
        assertThat(Pseudonymity.looksLikeNir("1841275123456")).isTrue();
        assertThat(Pseudonymity.looksLikeNir("184127512345678")).isTrue();
        assertThat(Pseudonymity.looksLikeNir("2 84 12 75 123 456 78")).isTrue();
        assertThat(Pseudonymity.looksLikeNir("2.84.12.75.123.456")).isTrue();
        assertThat(Pseudonymity.looksLikeNir("184122A12345678")).isTrue();
        assertThat(Pseudonymity.looksLikeNir("184122B123456")).isTrue();
        assertThat(Pseudonymity.looksLikeNir("184122C123456"))
                .as("2C is no département")
                .isFalse();
        assertThat(Pseudonymity.looksLikeNir("184123A123456")).as("only 2A/2B").isFalse();
        assertThat(Pseudonymity.looksLikeNir("18412A2123456")).isFalse();
        assertThat(Pseudonymity.looksLikeNir("3841275123456"))
                .as("first digit 1 or 2")
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
                    .as("the characters around the digits: " + bad)
                    .isFalse();
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
}
