package io.github.cptskit.aci.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * What a user of {@link ModelParameters} relies on beyond the happy path: the exact problem (code,
 * message, line and column) of every malformed declaration or override, the bounds of each kind, the
 * JSON written back, and the value-type contract.
 */
class ModelParametersContractTest {

    private static final ModelParameters BUNDLED = ModelParameters.bundled();

    /** A complete (declaring) file with one parameter {@code x} declared as {@code body}. */
    private static String complete(String body) {
        return "{\"parameters\": {\"x\": " + body + "}}";
    }

    private static Seq<Problem> readErrors(String json) {
        return ModelParameters.read(new StringReader(json), "p.json").getError();
    }

    private static Seq<Problem> plusErrors(String json) {
        return BUNDLED.plus(new StringReader(json), "user.json").getError();
    }

    /** code@column of each problem: every test file is one line. */
    private static Seq<String> at(Seq<Problem> problems) {
        return problems.map(p -> p.code() + "@" + p.location().get().line() + ":"
                + p.location().get().column());
    }

    /** The 1-based column where {@code token} starts in a one-line file. */
    private static String col(String json, String token) {
        assertThat(json).contains(token);
        return "1:" + (json.indexOf(token) + 1);
    }

    @Test
    void theJavaViewsHoldTheSameElementsInTheSameOrder() {
        assertThat(BUNDLED.namesList()).isEqualTo(BUNDLED.names().toJavaList()).startsWith("realisation.moyenne");
        assertThat(BUNDLED.allList())
                .isEqualTo(BUNDLED.all().toJavaList())
                .hasSize(BUNDLED.names().size());
        assertThat(BUNDLED.uncertainList())
                .isEqualTo(BUNDLED.uncertain().toJavaList())
                .isNotEmpty()
                .hasSizeLessThan(BUNDLED.names().size());
        assertThat(BUNDLED.posteriorOptional()).isEmpty();
        ModelParameters fitted = ModelParameters.bundledFitted();
        assertThat(fitted.posteriorOptional()).contains(fitted.posterior().get());
    }

    @Test
    void aWholeNumberOfMonthsGoesFrom0To1200Inclusive() {
        assertThat(BUNDLED.with("paiement.revue.delai.mois", 0)
                        .get()
                        .get("paiement.revue.delai.mois")
                        .central())
                .isZero();
        assertThat(BUNDLED.with("paiement.revue.delai.mois", 1200)
                        .get()
                        .get("paiement.revue.delai.mois")
                        .central())
                .isEqualTo(1200);
        for (double bad : new double[] {-1, 1201}) {
            Problem p =
                    BUNDLED.with("paiement.revue.delai.mois", bad).getError().head();
            assertThat(p.code()).isEqualTo("MODEL_PARAMETER_VALUE");
            assertThat(p.messageEn())
                    .isEqualTo("paiement.revue.delai.mois = " + (long) bad
                            + ": a whole number from 0 to 1200 is expected");
        }
    }

    @Test
    void theNonAciShareIsCappedAt90PercentInclusive() {
        String share = ModelParameters.NON_ACI_SHARE;
        assertThat(BUNDLED.with(share, ModelParameters.MAX_NON_ACI_SHARE)
                        .get()
                        .get(share)
                        .central())
                .isEqualTo(0.9);
        Problem p = BUNDLED.with(share, 0.91).getError().head();
        assertThat(p.code()).isEqualTo("MODEL_PARAMETER_VALUE_SHARE_CAP");
        assertThat(p.messageEn())
                .isEqualTo(share + ": 0.91 is above 0.9 (a public total cannot be all money outside the ACI)");
        // Another share may go up to 1.
        assertThat(BUNDLED.with("adhesion.qualite", 0.95).isValid()).isTrue();
    }

    @Test
    void aRateAboveOneAndAnAmountBelowZeroAreRefusedEachWithItsOwnReason() {
        assertThat(BUNDLED.with("adhesion.qualite", 1.5).getError().head().messageEn())
                .isEqualTo("adhesion.qualite = 1.5: a value from 0 to 1 is expected");
        assertThat(BUNDLED.with("lettre.intention.taille1", -1)
                        .getError()
                        .head()
                        .messageEn())
                .isEqualTo("lettre.intention.taille1 = -1: a non-negative value is expected");
        // An amount in euros has no upper bound of 1.
        assertThat(BUNDLED.with("lettre.intention.taille1", 2)
                        .get()
                        .get("lettre.intention.taille1")
                        .central())
                .isEqualTo(2);
    }

    @Test
    void aValueSetInCodeHasNoLocationAndOneReadFromAFileHasItsLineAndColumn() {
        assertThat(BUNDLED.with("adhesion.qualite", 1.5).getError().head().location())
                .isEmpty();
        String json = "{\"parameters\": {\"adhesion.qualite\": 1.5}}";
        assertThat(at(plusErrors(json))).containsExactly("MODEL_PARAMETER_VALUE@" + col(json, "1.5"));
    }

    @Test
    void aValueWrittenAsTextIsReadWithAtMost15IntegerDigits() {
        // 15 digits: every such integer is exact in a double.
        assertThat(BUNDLED.with("lettre.intention.taille1", "100000000000000")
                        .get()
                        .get("lettre.intention.taille1")
                        .central())
                .isEqualTo(1e14);
        Problem p = BUNDLED.with("lettre.intention.taille1", "1000000000000000")
                .getError()
                .head();
        assertThat(p.code()).isEqualTo("MODEL_PARAMETER_VALUE");
        assertThat(p.messageEn()).isEqualTo("lettre.intention.taille1: unreadable value \"1000000000000000\"");
        // Many decimals are not many integer digits.
        assertThat(BUNDLED.with("realisation.moyenne", " 0.12345678901234567 ")
                        .get()
                        .get("realisation.moyenne")
                        .central())
                .isEqualTo(0.12345678901234567);
        assertThat(BUNDLED.with("realisation.moyene", "0.5").getError().head().messageEn())
                .isEqualTo("unknown model parameter: realisation.moyene (did you mean realisation.moyenne?)");
    }

    @Test
    void aDeclarationThatIsNotAnObjectOrHasNoReadableKindIsReportedWhereItIs() {
        String notObject = complete("3");
        assertThat(at(readErrors(notObject))).containsExactly("MODEL_FILE_SYNTAX@" + col(notObject, "3"));
        assertThat(readErrors(notObject).head().messageEn()).isEqualTo("x: an object is expected");
        // No kind: at the declaration; a wrong kind: at the kind.
        String noKind = complete("{\"value\": 1}");
        assertThat(at(readErrors(noKind))).containsExactly("MODEL_PARAMETER_KIND@" + col(noKind, "{\"value"));
        String badKind = complete("{\"kind\": \"COLOUR\", \"value\": 1}");
        assertThat(at(readErrors(badKind))).containsExactly("MODEL_PARAMETER_KIND@" + col(badKind, "\"COLOUR"));
        assertThat(readErrors(badKind).head().messageEn())
                .isEqualTo("x: \"kind\" must be CONTINUOUS, INTEGER, SWITCH or DATE");
    }

    @Test
    void aDeclarationNeedsEveryTextFieldAndAConfidence() {
        String missing = complete("{\"kind\": \"CONTINUOUS\", \"value\": 1}");
        String object = col(missing, "{\"kind");
        assertThat(at(readErrors(missing)))
                .containsExactly(
                        "MODEL_PARAMETER_FIELD@" + object,
                        "MODEL_PARAMETER_FIELD@" + object,
                        "MODEL_PARAMETER_FIELD@" + object,
                        "MODEL_PARAMETER_FIELD@" + object);
        assertThat(readErrors(missing).map(Problem::messageEn))
                .containsExactly(
                        "x: \"unit\" (a non-blank text) is expected",
                        "x: \"source\" (a non-blank text) is expected",
                        "x: \"description\" (a non-blank text) is expected",
                        "x: \"confidence\" must be CONFIRMED, UNCONFIRMED, ESTIMATE or USER_SUPPLIED");
        // A blank text and an unknown confidence: at the field.
        String blank = complete("{\"kind\": \"CONTINUOUS\", \"value\": 1, \"unit\": \" \", \"source\": \"s\","
                + " \"description\": \"d\", \"confidence\": \"SURE\"}");
        assertThat(at(readErrors(blank)))
                .containsExactly(
                        "MODEL_PARAMETER_FIELD@" + col(blank, "\" \""),
                        "MODEL_PARAMETER_FIELD@" + col(blank, "\"SURE"));
    }

    private static final String FIELDS =
            "\"unit\": \"EUR\", \"source\": \"s\", \"description\": \"d\", \"confidence\": \"ESTIMATE\"";

    @Test
    void aDeclaredRangeNeedsItsThreeValuesAndReportsOnlyWhatIsWrong() {
        for (String dropped : new String[] {"low", "central", "high"}) {
            String values = List.of("low", "central", "high")
                    .remove(dropped)
                    .map(f -> "\"" + f + "\": 1")
                    .mkString(", ");
            String json = complete("{\"kind\": \"CONTINUOUS\", " + values + ", " + FIELDS + "}");
            assertThat(readErrors(json).map(Problem::messageEn))
                    .as(dropped)
                    .containsExactly("\"value\", or \"low\", \"central\" and \"high\", are expected");
        }
        // All three there, one unreadable: that one only.
        String unreadable =
                complete("{\"kind\": \"CONTINUOUS\", \"low\": \"one\", \"central\": 1, \"high\": 2, " + FIELDS + "}");
        assertThat(at(readErrors(unreadable))).containsExactly("MODEL_PARAMETER_VALUE@" + col(unreadable, "\"one"));
        assertThat(readErrors(unreadable).head().messageEn()).isEqualTo("a number is expected");
        // A date is written as a date, not as a number.
        String date = complete("{\"kind\": \"DATE\", \"value\": 19000, " + FIELDS + "}");
        assertThat(readErrors(date).map(Problem::messageEn)).containsExactly("a date YYYY-MM-DD is expected");
        // A complete declaration reads.
        String ok = complete("{\"kind\": \"CONTINUOUS\", \"low\": 1, \"central\": 2, \"high\": 3, " + FIELDS + "}");
        ModelParameter x =
                ModelParameters.read(new StringReader(ok), "p.json").get().get("x");
        assertThat(x)
                .isEqualTo(new ModelParameter(
                        "x", ModelParameter.Kind.CONTINUOUS, 1, 2, 3, "EUR", Confidence.ESTIMATE, "s", "d"));
    }

    @Test
    void aFileThatIsNotAnObjectIsOneProblem() {
        assertThat(plusErrors("[1]").map(Problem::messageEn)).containsExactly("a JSON object is expected");
        assertThat(plusErrors("[1]").map(Problem::code)).containsExactly("MODEL_FILE_SYNTAX");
        // The model section of a reform file is laid over the parameters the same way.
        String reform = "{\"version\": \"r\", \"title\": \"R\", \"effective\": \"2026-01-01\", \"parameters\": {},"
                + " \"model\": 3}";
        assertThat(Reform.read(new StringReader(reform), "reform.json")
                        .getError()
                        .map(Problem::messageEn))
                .contains("\"parameters\" must be an object");
    }

    @Test
    void anOverrideMayBeANumberATextOrADateButNothingElse() {
        ModelParameters p = BUNDLED.plus(
                        new StringReader("{\"parameters\": {\"realisation.moyenne\": \"0.6\","
                                + " \"lettre.intention.debut\": \"2023-01-01\"}}"),
                        "user.json")
                .get();
        assertThat(p.get("realisation.moyenne").central()).isEqualTo(0.6);
        assertThat(p.get("realisation.moyenne").uncertain()).isFalse();
        ModelParameter debut = p.get("lettre.intention.debut");
        assertThat(debut.format(debut.central())).isEqualTo("2023-01-01");
        String json = "{\"parameters\": {\"realisation.moyenne\": true}}";
        assertThat(at(plusErrors(json))).containsExactly("MODEL_PARAMETER_VALUE@" + col(json, "true"));
        assertThat(plusErrors(json).head().messageEn())
                .isEqualTo("realisation.moyenne: a number, a date or an object is expected");
    }

    @Test
    void anOverrideOfOneEndKeepsTheOthersAndAnUnreadableEndIsTheOnlyProblem() {
        ModelParameter before = BUNDLED.get("adhesion.qualite");
        ModelParameter after = BUNDLED.plus(
                        new StringReader("{\"parameters\": {\"adhesion.qualite\": {\"low\": 0.1}}}"), "user.json")
                .get()
                .get("adhesion.qualite");
        assertThat(after.low()).isEqualTo(0.1);
        assertThat(after.central()).isEqualTo(before.central());
        assertThat(after.high()).isEqualTo(before.high());
        assertThat(after.source()).isEqualTo("user file");
        String unreadable = "{\"parameters\": {\"adhesion.qualite\": {\"low\": \"x\"}}}";
        assertThat(at(plusErrors(unreadable))).containsExactly("MODEL_PARAMETER_VALUE@" + col(unreadable, "\"x"));
        // An end its unit refuses: at the override.
        String tooHigh = "{\"parameters\": {\"adhesion.qualite\": {\"high\": 1.5}}}";
        assertThat(at(plusErrors(tooHigh))).containsExactly("MODEL_PARAMETER_VALUE@" + col(tooHigh, "{\"high"));
        assertThat(plusErrors(tooHigh).head().messageEn())
                .isEqualTo("adhesion.qualite = 1.5: a value from 0 to 1 is expected");
    }

    @Test
    void aPosteriorMustNameKnownParameters() {
        Posterior fit = new Posterior(
                "test", BUNDLED.fingerprint(), List.empty(), List.of("realisation.moyenne"), new double[][] {{0.7}});
        ModelParameters fitted = BUNDLED.withPosterior(fit);
        assertThat(fitted.posterior()).contains(fit);
        assertThat(fitted.priors()).isEqualTo(BUNDLED);
        Posterior stray = new Posterior("test", "", List.empty(), List.of("nope"), new double[][] {{1}});
        assertThatThrownBy(() -> BUNDLED.withPosterior(stray))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("posterior of an unknown parameter: nope");
    }

    @Test
    void controlCharactersAndQuotesAreEscapedInTheWrittenFileAndReadBack() {
        // In the file: a tab, quotes and a backslash in the source.
        ModelParameters p = BUNDLED.plus(
                        new StringReader("{\"parameters\": {\"adhesion.qualite\": {\"source\": "
                                + "\"a\\tb \\\"q\\\" c\\\\d\"}}}"),
                        "user.json")
                .get();
        assertThat(p.get("adhesion.qualite").source()).isEqualTo("a\tb \"q\" c\\d");
        String json = p.toJson();
        // The tab as \\u0009, the space as itself.
        assertThat(json).contains("\"source\": \"a\\u0009b \\\"q\\\" c\\\\d\"");
        assertThat(ModelParameters.quote("\u001f \n")).isEqualTo("\"\\u001f \\n\"");
        assertThat(ModelParameters.read(new StringReader(json), "back.json").get())
                .isEqualTo(p);
    }

    @Test
    void equalsHashCodeAndToStringFollowTheParametersAndThePosterior() {
        ModelParameters again = ModelParameters.read(new StringReader(BUNDLED.toJson()), "x.json")
                .get();
        assertThat(again).isEqualTo(BUNDLED).hasSameHashCodeAs(BUNDLED);
        ModelParameters moved = BUNDLED.with("realisation.moyenne", 0.6).get();
        assertThat(moved).isNotEqualTo(BUNDLED);
        // A changed value changes the hash: sets of parameters spread over a hash table.
        assertThat(moved.hashCode()).isNotEqualTo(BUNDLED.hashCode());
        assertThat(BUNDLED).isNotEqualTo(BUNDLED.toString());
        ModelParameters fitted = ModelParameters.bundledFitted();
        assertThat(fitted).isNotEqualTo(fitted.priors());
        assertThat(BUNDLED.toString())
                .startsWith("ModelParameters[realisation.moyenne=0.8 [0.3, 0.95] rate (ESTIMATE), ")
                .endsWith("]")
                .doesNotContain(" + ");
        assertThat(fitted.toString())
                .startsWith("ModelParameters[")
                .endsWith("] + " + fitted.posterior().get());
    }
}
