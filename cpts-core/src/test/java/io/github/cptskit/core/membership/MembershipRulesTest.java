package io.github.cptskit.core.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.cpts.CptsMission;
import io.github.cptskit.core.cpts.Lifecycle;
import io.github.cptskit.core.cpts.Role;
import io.github.cptskit.core.cpts.Stage;
import io.github.cptskit.core.identifier.Finess;
import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.identifier.Rpps;
import io.github.cptskit.core.identifier.Siren;
import io.github.cptskit.core.legalform.LegalForm;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.member.StructureId;
import io.github.cptskit.core.member.StructureKind;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.core.territory.Territory;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MembershipRulesTest {

    private static final Territory GEX = CommuneRegistry.bundled()
            .territory(java.util.List.of("01173", "01160"))
            .get();
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static Member.HealthProfessional professional(String rppsPayload, Profession p, Specialty... s) {
        return Member.HealthProfessional.of(Idnps.of(Rpps.of(rppsPayload)), p, List.of(s), ExerciseMode.LIBERAL);
    }

    private static final Member GP = professional("10002909371", Profession.MEDECIN, Specialty.SM26);
    private static final Member NURSE = professional("10000000009", Profession.INFIRMIER);
    private static final Member HOSPITAL = Member.Structure.of(
            StructureKind.ETABLISSEMENT_DE_SANTE,
            "Assistance Publique - Hôpitaux de Paris",
            StructureId.of(Finess.of("750712184")));

    private static Cpts valid() {
        return Cpts.of("CPTS du Pays de Gex", GEX, LocalDate.of(2020, 1, 10))
                .constituted(LegalForm.ASSOCIATION_1901, Siren.of("180035024"), LocalDate.of(2020, 2, 1))
                .withMember(GP, Role.PRESIDENT)
                .withMember(NURSE, Role.TRESORIER)
                .withMember(HOSPITAL);
    }

    @Test
    void aWellFormedAssociationCptsIsValid() {
        assertThat(RuleSet.standard().evaluate(valid(), TODAY, List.empty())).isEmpty();
    }

    @Test
    void anOverseasFinessIsAcceptedWithAWarningNotRefused() {
        // CHU de Martinique as public lists write it (970 + département digit): a member, with a warning.
        Member chu = Member.Structure.of(
                StructureKind.ETABLISSEMENT_DE_SANTE,
                "CHU de Martinique",
                StructureId.finessEj(Finess.of("970211207")));
        Member gpThere = ((Member.HealthProfessional) GP).practisingAt(StructureId.of(Finess.of("970211207")));
        Cpts c = Cpts.of("CPTS", GEX, LocalDate.of(2020, 1, 10))
                .constituted(LegalForm.ASSOCIATION_1901, Siren.of("180035024"), LocalDate.of(2020, 2, 1))
                .withMember(gpThere, Role.PRESIDENT)
                .withMember(chu);
        Seq<Problem> problems = RuleSet.standard().evaluate(c, TODAY, List.empty());
        assertThat(problems.map(Problem::code)).containsExactly("FINESS_PREFIX_UNCONFIRMED");
        assertThat(RuleSet.standard().validate(c, TODAY, List.empty()).isValid())
                .isTrue();
        assertThat(RuleSet.standard().ids()).contains(RuleSet.MEMBER_IDENTIFIERS);
    }

    @Test
    void theGpRuleSaysItIsNotInTheLawAndCanBeDowngradedOrRemoved() {
        Cpts noGp = Cpts.of("Sans MG", GEX, LocalDate.of(2020, 1, 10))
                .constituted(LegalForm.ASSOCIATION_1901, Siren.of("180035024"), LocalDate.of(2020, 2, 1))
                .withMember(NURSE)
                .withMember(HOSPITAL);
        Problem p = RuleSet.standard()
                .validate(noGp, TODAY, List.empty())
                .getError()
                .single();
        assertThat(p.code()).isEqualTo("NO_GENERAL_PRACTITIONER");
        assertThat(p.reference().get().citation(java.util.Locale.ENGLISH)).contains("NOT found in CSP L.1434-12");
        assertThat(p.reference().get().citation(java.util.Locale.FRENCH))
                .contains("règle métier, pas une règle légale")
                .doesNotContain("found");
        assertThat(RuleSet.standard()
                        .downgraded(RuleSet.GENERAL_PRACTITIONER)
                        .validate(noGp, TODAY, List.empty())
                        .isValid())
                .isTrue();
        assertThat(RuleSet.standard().without(RuleSet.GENERAL_PRACTITIONER).evaluate(noGp, TODAY, List.empty()))
                .isEmpty();
        // Adding the missing GP makes a CPTS whose only violation was the GP rule valid.
        assertThat(RuleSet.standard()
                        .validate(noGp.withMember(GP), TODAY, List.empty())
                        .isValid())
                .isTrue();
    }

    @Test
    void aSisaCptsIsJudgedByTheLawOfTheDay() {
        Cpts sisa = valid().withLegalForm(LegalForm.SISA).withMember(professional("10000000017", Profession.MEDECIN));
        // The hospital cannot be an associate of a SISA: reported whatever the date.
        assertThat(RuleSet.standard()
                        .without(RuleSet.LEGAL_FORM_CONSTITUTION)
                        .evaluate(sisa, LocalDate.of(2021, 1, 1), List.empty()))
                .isEmpty();
        assertThat(RuleSet.standard()
                        .evaluate(sisa, LocalDate.of(2021, 12, 1), List.empty())
                        .map(Problem::code))
                .containsExactly("CPTS_LEGAL_FORM_TRANSITION", "SISA_ASSOCIATE");
        assertThat(RuleSet.standard()
                        .validate(sisa, LocalDate.of(2023, 1, 1), List.empty())
                        .getError()
                        .map(Problem::code))
                .containsExactly("CPTS_LEGAL_FORM", "SISA_ASSOCIATE");
    }

    @Test
    void memberStructuresConstitutionDuplicatesOverlapAndAciWithoutEntity() {
        Member msp = Member.Structure.of(StructureKind.MSP, "MSP de Gex", StructureId.of(Siren.of("180035024")))
                .constitutedAs(LegalForm.SISA, List.of(GP).map(m -> ((Member.HealthProfessional) m).asAssociate()));
        Lifecycle signed = Lifecycle.start(LocalDate.of(2020, 1, 1))
                .submitProjet(LocalDate.of(2020, 2, 1))
                .get()
                .arsApproves(LocalDate.of(2020, 3, 1))
                .get()
                .signAci(LocalDate.of(2020, 4, 1))
                .get();
        Cpts c = Cpts.of("X", GEX, LocalDate.of(2020, 1, 1))
                .withMember(GP)
                .withMember(GP)
                .withMember(msp)
                .withLifecycle(signed);
        Cpts neighbour = Cpts.of(
                "Voisine",
                CommuneRegistry.bundled().territory(java.util.List.of("01173")).get(),
                TODAY);
        assertThat(RuleSet.standard().evaluate(c, TODAY, List.of(neighbour)).map(Problem::code))
                .containsExactlyInAnyOrder(
                        "SISA_MEDECINS",
                        "SISA_AUXILIAIRE",
                        "ACI_WITHOUT_LEGAL_ENTITY",
                        "MEMBER_DUPLICATE",
                        "TERRITORY_OVERLAP");
        assertThat(RuleSet.standard()
                        .evaluate(c, TODAY, List.of(neighbour))
                        .find(p -> p.code().equals("TERRITORY_OVERLAP"))
                        .get()
                        .messageEn())
                .contains("01173");
    }

    private static Lifecycle signedOn(LocalDate signature) {
        return Lifecycle.start(LocalDate.of(2020, 1, 1))
                .submitProjet(LocalDate.of(2020, 2, 1))
                .get()
                .arsApproves(LocalDate.of(2020, 3, 1))
                .get()
                .signAci(signature)
                .get();
    }

    @Test
    void theAciNeedsTheLegalEntityFromTheDayItIsSigned() {
        Cpts withoutSiren = Cpts.of("Z", GEX, LocalDate.of(2020, 1, 1))
                .withLegalForm(LegalForm.ASSOCIATION_1901)
                .withMember(GP)
                .withMember(NURSE)
                .withLifecycle(signedOn(LocalDate.of(2020, 4, 1)));
        RuleSet rules = RuleSet.standard();
        assertThat(rules.evaluate(withoutSiren, LocalDate.of(2020, 3, 31), List.empty()))
                .as("not signed yet on that day")
                .isEmpty();
        Problem p = rules.evaluate(withoutSiren, LocalDate.of(2020, 4, 1), List.empty())
                .single();
        assertThat(p.code()).isEqualTo("ACI_WITHOUT_LEGAL_ENTITY");
        assertThat(p.reference().get().article()).isEqualTo("art. L.1434-12-1 et L.1434-12-2");
        Cpts entity =
                withoutSiren.constituted(LegalForm.ASSOCIATION_1901, Siren.of("180035024"), LocalDate.of(2020, 2, 1));
        assertThat(rules.evaluate(entity, LocalDate.of(2020, 4, 1), List.empty()))
                .isEmpty();
        Cpts sirenOnly = Cpts.of("Z", GEX, LocalDate.of(2020, 1, 1))
                .withMember(GP)
                .withLifecycle(signedOn(LocalDate.of(2020, 4, 1)));
        assertThat(rules.evaluate(sirenOnly, LocalDate.of(2020, 5, 1), List.empty())
                        .map(Problem::code))
                .containsExactly("ACI_WITHOUT_LEGAL_ENTITY");
    }

    @Test
    void aCptsDoesNotOverlapItselfAndSaysWhichCommunesItShares() {
        Cpts c = valid();
        assertThat(RuleSet.standard().evaluate(c, TODAY, List.of(c))).isEmpty();
        Cpts neighbour = Cpts.of(
                "Voisine",
                CommuneRegistry.bundled().territory(java.util.List.of("01160")).get(),
                TODAY);
        Problem overlap =
                RuleSet.standard().evaluate(c, TODAY, List.of(c, neighbour)).single();
        assertThat(overlap.messageEn()).isEqualTo("communes shared with \"Voisine\": 01160");
        assertThat(overlap.messageFr()).isEqualTo("communes partagées avec « Voisine » : 01160");
        assertThat(overlap.isError()).isFalse();
    }

    @Test
    void membersAreKeyedByTheirIdentifiersAndRulesListTheirIds() {
        assertThat(GP.key()).isEqualTo("IDNPS:810002909371");
        assertThat(HOSPITAL.key()).isEqualTo("FINESS:750712184");
        assertThat(StructureId.of(io.github.cptskit.core.identifier.Siret.of("73282932000074")))
                .hasToString("SIRET:73282932000074");
        assertThat(StructureId.of(io.github.cptskit.core.identifier.Rna.of("W751234567")))
                .hasToString("RNA:W751234567");
        assertThat(StructureId.of(Siren.of("180035024"))).hasToString("SIREN:180035024");
        assertThat(RuleSet.standard())
                .hasToString("RuleSet[GENERAL_PRACTITIONER, LEGAL_FORM_ALLOWED, LEGAL_FORM_CONSTITUTION,"
                        + " LEGAL_PERSONALITY_FOR_ACI, TERRITORY_NOT_EMPTY, REGISTRATION, NO_DUPLICATE_MEMBER,"
                        + " MEMBER_IDENTIFIERS,"
                        + " OVERLAP]");
        assertThat(RuleSet.empty()).hasToString("RuleSet[]");
        assertThat(valid().withMissions(List.of(CptsMission.ACCES, CptsMission.PARCOURS))
                        .missions())
                .containsExactly(CptsMission.ACCES, CptsMission.PARCOURS);
    }

    @Test
    void theArsObjectsOnlyToASubmittedProjetAndAnActiveCptsHasSigned() {
        Lifecycle start = Lifecycle.start(LocalDate.of(2024, 1, 10));
        assertThat(start.arsObjects(LocalDate.of(2024, 2, 1), "PRS")
                        .getError()
                        .head()
                        .code())
                .isEqualTo("LIFECYCLE_ORDER");
        Lifecycle signed = signedOn(LocalDate.of(2020, 4, 1));
        assertThat(start.activate(LocalDate.of(2024, 3, 1)).getError().head().code())
                .isEqualTo("LIFECYCLE_ORDER");
        Lifecycle active = signed.activate(LocalDate.of(2020, 5, 1)).get();
        assertThat(active.stage()).isEqualTo(Stage.ACTIVE);
        assertThat(active.dateOf(Stage.ACTIVE)).contains(LocalDate.of(2020, 5, 1));
    }

    @Test
    void evaluationIsOrderIndependentAndReportsEveryViolatedRule() {
        Cpts broken = Cpts.of("Y", Territory.empty(), LocalDate.of(2020, 1, 1))
                .withLegalForm(LegalForm.GIE)
                .withMember(NURSE)
                .withMember(NURSE);
        java.util.Set<String> expected = new java.util.TreeSet<>(
                java.util.List.of("NO_GENERAL_PRACTITIONER", "CPTS_LEGAL_FORM", "TERRITORY_EMPTY", "MEMBER_DUPLICATE"));
        List<String> ids = List.ofAll(RuleSet.standard().ids());
        qt().forAll(integers().between(0, 1000)).check(seed -> {
            java.util.List<String> order = new java.util.ArrayList<>(ids.toJavaList());
            java.util.Collections.shuffle(order, new java.util.Random(seed));
            RuleSet reordered = RuleSet.empty();
            for (String id : order) {
                RuleSet single = onlyRule(id);
                reordered = reordered.with(id, single::evaluate);
            }
            java.util.Set<String> got = new java.util.TreeSet<>(reordered
                    .evaluate(broken, TODAY, List.empty())
                    .map(Problem::code)
                    .toJavaList());
            return got.equals(expected);
        });
    }

    private static RuleSet onlyRule(String id) {
        RuleSet only = RuleSet.standard();
        for (String other : RuleSet.standard().ids()) {
            if (!other.equals(id)) {
                only = only.without(other);
            }
        }
        return only;
    }

    @Test
    void tacitApprovalTwoMonthsAfterSubmissionWithAnInjectedClock() {
        Lifecycle l = Lifecycle.start(LocalDate.of(2024, 1, 10))
                .submitProjet(LocalDate.of(2024, 12, 31))
                .get();
        assertThat(l.objectionDeadline().get()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(l.tacitApprovalDate().get()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(l.advanceTo(clock(LocalDate.of(2025, 2, 28))).stage()).isEqualTo(Stage.PROJET_DE_SANTE_SUBMITTED);
        Lifecycle approved = l.advanceTo(clock(LocalDate.of(2025, 3, 15)));
        assertThat(approved.stage()).isEqualTo(Stage.APPROVED_BY_ARS);
        assertThat(approved.dateOf(Stage.APPROVED_BY_ARS).get()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(l.arsObjects(LocalDate.of(2025, 2, 28), "territoire").isValid())
                .as("an objection on the last day of the two months is in time (CPC art. 641)")
                .isTrue();
        assertThat(l.arsObjects(LocalDate.of(2025, 3, 1), "territoire")
                        .getError()
                        .head()
                        .code())
                .isEqualTo("LIFECYCLE_OBJECTION_LATE");
        Lifecycle objected = l.arsObjects(LocalDate.of(2025, 2, 1), "PRS").get();
        assertThat(objected.stage()).isEqualTo(Stage.INITIATIVE);
        assertThat(objected.advanceTo(clock(LocalDate.of(2025, 6, 1))).stage()).isEqualTo(Stage.INITIATIVE);
        assertThat(l.signAci(LocalDate.of(2025, 1, 5)).getError().head().code()).isEqualTo("LIFECYCLE_ORDER");
        Lifecycle dissolved = l.dissolve(LocalDate.of(2025, 1, 6)).get();
        assertThat(dissolved.stage()).isEqualTo(Stage.DISSOLVED);
        assertThat(dissolved
                        .dissolve(LocalDate.of(2025, 1, 7))
                        .getError()
                        .head()
                        .code())
                .isEqualTo("LIFECYCLE_ORDER");
        assertThat(Lifecycle.start(LocalDate.of(2024, 1, 10))
                        .letterOfIntent(LocalDate.of(2023, 1, 1))
                        .getError()
                        .head()
                        .code())
                .isEqualTo("LIFECYCLE_DATE");
    }

    private static Clock clock(LocalDate day) {
        return Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
}
