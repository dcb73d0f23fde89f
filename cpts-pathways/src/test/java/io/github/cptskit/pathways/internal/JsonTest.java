package io.github.cptskit.pathways.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static Object parse(String s) throws Json.SyntaxError {
        return Json.parse(s);
    }

    private static int errorColumn(String s) {
        try {
            Json.parse(s);
        } catch (Json.SyntaxError e) {
            return e.column();
        }
        throw new AssertionError("parsed: " + s);
    }

    private static String error(String s) {
        try {
            Json.parse(s);
        } catch (Json.SyntaxError e) {
            return e.getMessage();
        }
        throw new AssertionError("parsed: " + s);
    }

    @Test
    void valuesOfEveryKind() throws Exception {
        assertThat(parse(" {\"a\" : [1, -2.5e-3, 0, true, false, null, \"x\"], \"b\":{}, \"c\":[]}\r\n"))
                .isEqualTo(Map.of(
                        "a",
                        List.of(
                                new BigDecimal("1"),
                                new BigDecimal("-2.5e-3"),
                                new BigDecimal("0"),
                                true,
                                false,
                                Json.NULL,
                                "x"),
                        "b",
                        Map.of(),
                        "c",
                        List.of()));
        assertThat(parse("{ \n}")).isEqualTo(Map.of());
        assertThat(parse("[ \t]")).isEqualTo(List.of());
        assertThat(parse("[[1],[2,3]]"))
                .isEqualTo(List.of(List.of(BigDecimal.ONE), List.of(new BigDecimal(2), new BigDecimal(3))));
        assertThat(parse("1E+2")).isEqualTo(new BigDecimal("1E+2"));
        assertThat(parse("-0.5")).isEqualTo(new BigDecimal("-0.5"));
        assertThat(parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u20AC\"")).isEqualTo("\"\\/\b\f\n\r\t\u00e9\u20ac");
        assertThat(parse("{\"k\":{\"n\":[{\"m\":1}]}}"))
                .isEqualTo(Map.of("k", Map.of("n", List.of(Map.of("m", BigDecimal.ONE)))));
    }

    @Test
    void syntaxErrorsNameTheColumn() {
        assertThat(errorColumn("")).isEqualTo(1);
        assertThat(error("")).isEqualTo("value expected");
        assertThat(error("{\"a\":1,}")).isEqualTo("property name expected");
        assertThat(errorColumn("{\"a\":1,}")).isEqualTo(8);
        assertThat(error("{\"a\" 1}")).isEqualTo("':' expected");
        assertThat(error("[1 2]")).isEqualTo("']' expected");
        assertThat(errorColumn("[1 2]")).isEqualTo(4);
        assertThat(error("{\"a\":1 \"b\":2}")).isEqualTo("'}' expected");
        assertThat(error("{\"a\":1,\"a\":2}")).isEqualTo("duplicated property \"a\"");
        assertThat(errorColumn("{\"a\":1,\"a\":2}")).isEqualTo(8);
        assertThat(error("[1,]")).isEqualTo("value expected");
        assertThat(error("01")).isEqualTo("unexpected text after the value");
        assertThat(errorColumn("01")).isEqualTo(2);
        assertThat(error("-")).isEqualTo("digit expected");
        assertThat(error("1.")).isEqualTo("digit expected");
        assertThat(error("1e")).isEqualTo("digit expected");
        assertThat(error("\"\\u00e9")).as("escape complete, string not").isEqualTo("unterminated string");
        assertThat(error("\"\\u00e")).isEqualTo("bad \\u escape");
        assertThat(error("1e+")).isEqualTo("digit expected");
        assertThat(error("1" + "0".repeat(100))).isEqualTo("number too long");
        assertThat(parse0("1" + "0".repeat(99))).isEqualTo(new BigDecimal("1" + "0".repeat(99)));
        assertThat(error("1e9999999999")).isEqualTo("number out of range");
        assertThat(errorColumn("[1e9999999999]")).isEqualTo(2);
        assertThat(error("tru")).isEqualTo("value expected");
        assertThat(error("nul")).isEqualTo("value expected");
        assertThat(error("\"abc")).isEqualTo("unterminated string");
        assertThat(error("\"\\")).isEqualTo("unterminated escape");
        assertThat(error("\"\\x\"")).isEqualTo("bad escape");
        assertThat(errorColumn("\"\\x\"")).isEqualTo(3);
        assertThat(error("\"\\u12\"")).isEqualTo("bad \\u escape");
        assertThat(error("\"\\u12")).isEqualTo("bad \\u escape");
        assertThat(error("\"\\u12G4\"")).isEqualTo("bad \\u escape");
        assertThat(error("\"a\u0001\"")).isEqualTo("control character in a string");
        assertThat(errorColumn("\"a\u0001\"")).isEqualTo(3);
        assertThat(error("{")).isEqualTo("property name expected");
        assertThat(error("[")).isEqualTo("value expected");
        assertThat(error("{\"a\":1")).isEqualTo("'}' expected");
        assertThat(error("[1")).isEqualTo("']' expected");
        assertThat(error("*")).isEqualTo("value expected");
    }

    private static Object parse0(String s) {
        try {
            return Json.parse(s);
        } catch (Json.SyntaxError e) {
            throw new AssertionError(e.getMessage());
        }
    }

    @Test
    void nestingIsLimited() {
        assertThat(parse0("[".repeat(33) + "]".repeat(33))).isInstanceOf(List.class);
        assertThat(error("[".repeat(34) + "]".repeat(34))).isEqualTo("nested too deep");
        assertThat(error("{\"a\":".repeat(34) + "1" + "}".repeat(34))).isEqualTo("nested too deep");
        assertThatThrownBy(() -> Json.parse("[".repeat(100_000))).isInstanceOf(Json.SyntaxError.class);
    }

    @Test
    void anyStringRoundTripsThroughQuote() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 40)).check(s -> {
            StringBuilder b = new StringBuilder();
            Json.quote(b, s);
            return parse0(b.toString()).equals(s);
        });
        StringBuilder b = new StringBuilder();
        Json.quote(b, "a\"b\\c\nd\re\tf\u0001");
        assertThat(b.toString()).isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\u0001\"");
    }
}
