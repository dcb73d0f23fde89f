package io.github.cptskit.core.membership;

import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.cpts.Stage;
import io.github.cptskit.core.identifier.Finess;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.legalform.Associate;
import io.github.cptskit.core.legalform.CptsLegalForms;
import io.github.cptskit.core.legalform.LegalForm;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.member.StructureId;
import io.github.cptskit.core.member.StructureKind;
import io.github.cptskit.core.problem.CoreProblem;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.problem.Severity;
import io.github.cptskit.core.territory.Commune;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A composable set of {@link MembershipRule}s, evaluated as of a date, reporting <b>every</b>
 * violation at once. {@link #standard()} holds the rules cptskit knows, each under a stable id;
 * users remove, downgrade or add rules:
 *
 * <pre>{@code
 * RuleSet ars = RuleSet.standard()
 *     .downgraded(RuleSet.GENERAL_PRACTITIONER)   // warning instead of error
 *     .with("ARS_IDF_PHARMACIST", myRule);
 * Validation<Seq<Problem>, Cpts> v = ars.validate(cpts, LocalDate.now(clock), others);
 * }</pre>
 *
 * <p>Rules see the members of the day they are evaluated for ({@link Cpts#membersOn}). The
 * {@code REGISTRATION} rule checks the association as registered: a local-law association only with
 * its seat in Moselle, Bas-Rhin or Haut-Rhin ({@code CPTS_LOCAL_LAW_SEAT}, CSP L.1434-12-1), no RNA
 * number for it (warning), SIRETs of its SIREN, publication not before constitution. {@code
 * TERRITORY_NOT_EMPTY} also refuses a territory without inhabitants ({@code TERRITORY_NO_POPULATION}).
 *
 * <p>The identifiers of members are valid by construction (they are parsed with their types before a
 * CPTS can hold them), so no rule re-checks them; {@code MEMBER_IDENTIFIERS} only warns of FINESS
 * numbers whose prefix no source confirms ({@code FINESS_PREFIX_UNCONFIRMED}, see {@link Finess}).
 *
 * <p>This class is immutable and thread-safe if its rules are.
 */
public final class RuleSet {

    /** At least one médecin généraliste member. */
    public static final String GENERAL_PRACTITIONER = "GENERAL_PRACTITIONER";
    /** The CPTS's legal form is allowed on the date. */
    public static final String LEGAL_FORM_ALLOWED = "LEGAL_FORM_ALLOWED";
    /** The legal forms' constitutive rules, for the CPTS and its member structures. */
    public static final String LEGAL_FORM_CONSTITUTION = "LEGAL_FORM_CONSTITUTION";
    /** A legal entity (form and SIREN) before signing the ACI. */
    public static final String LEGAL_PERSONALITY_FOR_ACI = "LEGAL_PERSONALITY_FOR_ACI";
    /** A territory with communes and inhabitants. */
    public static final String TERRITORY_NOT_EMPTY = "TERRITORY_NOT_EMPTY";
    /** The association's registration: seat allowed for its form, SIRETs of its SIREN, RNA, dates. */
    public static final String REGISTRATION = "REGISTRATION";
    /** No member listed twice. */
    public static final String NO_DUPLICATE_MEMBER = "NO_DUPLICATE_MEMBER";
    /** Members' identifiers whose spelling no source confirms: FINESS of Corsica and overseas (warning). */
    public static final String MEMBER_IDENTIFIERS = "MEMBER_IDENTIFIERS";
    /** Communes shared with other CPTS (warning). */
    public static final String OVERLAP = "OVERLAP";

    private static final LegalReference L1434_12 = LegalReference.of("Code de la santé publique", "art. L.1434-12");

    private final Map<String, MembershipRule> rules;

    private RuleSet(Map<String, MembershipRule> rules) {
        this.rules = rules;
    }

    /**
     * No rule at all.
     *
     * @return the empty set
     */
    public static RuleSet empty() {
        return new RuleSet(LinkedHashMap.empty());
    }

    /**
     * The rules cptskit knows, with the dated legal-form rule of {@link CptsLegalForms#bundled()}.
     *
     * @return the standard set
     */
    public static RuleSet standard() {
        return empty().with(GENERAL_PRACTITIONER, RuleSet::generalPractitioner)
                .with(
                        LEGAL_FORM_ALLOWED,
                        (c, d, o) -> c.legalForm()
                                .flatMap(f -> CptsLegalForms.bundled().check(f, d))
                                .toList())
                .with(LEGAL_FORM_CONSTITUTION, RuleSet::constitutions)
                .with(LEGAL_PERSONALITY_FOR_ACI, RuleSet::legalPersonality)
                .with(TERRITORY_NOT_EMPTY, RuleSet::territory)
                .with(REGISTRATION, RuleSet::registration)
                .with(NO_DUPLICATE_MEMBER, RuleSet::duplicates)
                .with(MEMBER_IDENTIFIERS, RuleSet::identifiers)
                .with(OVERLAP, RuleSet::overlaps);
    }

    /**
     * This set with one more rule (or a rule replaced).
     *
     * @param id the rule's stable id
     * @param rule the rule
     * @return a new set
     */
    public RuleSet with(String id, MembershipRule rule) {
        return new RuleSet(rules.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(rule, "rule")));
    }

    /**
     * This set without a rule.
     *
     * @param id the rule's id
     * @return a new set
     */
    public RuleSet without(String id) {
        return new RuleSet(rules.remove(Objects.requireNonNull(id, "id")));
    }

    /**
     * This set with a rule's errors reported as warnings.
     *
     * @param id the rule's id
     * @return a new set
     */
    public RuleSet downgraded(String id) {
        return rules.get(Objects.requireNonNull(id, "id"))
                .map(r -> with(
                        id,
                        (c, d, o) -> r.evaluate(c, d, o)
                                .map(p -> p.severity() == Severity.ERROR
                                        ? new Problem(
                                                p.code(),
                                                Severity.WARNING,
                                                p.messageFr(),
                                                p.messageEn(),
                                                p.reference(),
                                                p.location())
                                        : p)))
                .getOrElse(this);
    }

    /**
     * The rules' ids, in evaluation order.
     *
     * @return the ids
     */
    public Seq<String> ids() {
        return rules.keySet().toList();
    }

    /**
     * {@link #ids()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<String> idsList() {
        return ids().asJava();
    }

    /**
     * Every violation, errors and warnings, of every rule.
     *
     * @param cpts the CPTS
     * @param asOf the day whose law applies
     * @param others the other CPTS (a {@code java.util.List}, a Vavr {@code Seq}…)
     * @return the problems, in rule order
     */
    public Seq<Problem> evaluate(Cpts cpts, LocalDate asOf, Iterable<? extends Cpts> others) {
        Objects.requireNonNull(cpts, "cpts");
        Objects.requireNonNull(asOf, "asOf");
        Seq<Cpts> all = List.ofAll(Objects.requireNonNull(others, "others"));
        return rules.values().toList().flatMap(r -> r.evaluate(cpts, asOf, all));
    }

    /**
     * {@link #evaluate(Cpts,LocalDate,Iterable)} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @param cpts the CPTS
     * @param asOf the day whose law applies
     * @param others the other CPTS
     * @return the problems, in rule order
     */
    public java.util.List<Problem> evaluateList(Cpts cpts, LocalDate asOf, Iterable<? extends Cpts> others) {
        return evaluate(cpts, asOf, others).asJava();
    }

    /**
     * The CPTS if no rule reports an error, otherwise every error (warnings are in {@link #evaluate}).
     *
     * @param cpts the CPTS
     * @param asOf the day whose law applies
     * @param others the other CPTS (a {@code java.util.List}, a Vavr {@code Seq}…)
     * @return the validation
     */
    public Validation<Seq<Problem>, Cpts> validate(Cpts cpts, LocalDate asOf, Iterable<? extends Cpts> others) {
        Seq<Problem> errors = evaluate(cpts, asOf, others).filter(Problem::isError);
        return errors.isEmpty() ? Validation.valid(cpts) : Validation.invalid(errors);
    }

    private static Seq<Problem> territory(Cpts c, LocalDate d, Seq<Cpts> o) {
        if (c.territory().isEmpty()) {
            return List.of(Problem.of(CoreProblem.TERRITORY_EMPTY).withReference(L1434_12));
        }
        if (c.territory().population() == 0) {
            return List.of(Problem.of(CoreProblem.TERRITORY_NO_POPULATION).withReference(L1434_12));
        }
        return List.empty();
    }

    private static Seq<Problem> registration(Cpts c, LocalDate d, Seq<Cpts> o) {
        List<Problem> problems = List.empty();
        boolean localLaw = c.legalForm().exists(f -> f.equals(LegalForm.ASSOCIATION_ALSACE_MOSELLE));
        if (localLaw && c.seat().isEmpty()) {
            problems = problems.append(Problem.of(CoreProblem.CPTS_SEAT_UNKNOWN));
        }
        for (var seat : c.seat()) {
            String dep = seat.departement().code();
            if (localLaw && !LegalForm.ASSOCIATION_ALSACE_MOSELLE.allowsSeatIn(dep)) {
                problems = problems.append(Problem.of(CoreProblem.CPTS_LOCAL_LAW_SEAT, seat, dep));
            }
        }
        if (localLaw && c.rna().isDefined()) {
            problems = problems.append(
                    Problem.of(CoreProblem.CPTS_RNA_LOCAL_LAW, c.rna().get())
                            .withReference(io.github.cptskit.core.identifier.Rna.REFERENCE));
        }
        for (var siret : c.sirets()) {
            if (c.siren().exists(s -> !s.equals(siret.siren()))) {
                problems = problems.append(Problem.of(
                        CoreProblem.CPTS_SIRET_OF_ANOTHER_SIREN,
                        siret,
                        c.siren().get()));
            }
        }
        if (!c.sirets().isEmpty() && c.siren().isEmpty()) {
            problems = problems.append(Problem.of(CoreProblem.CPTS_SIRET_WITHOUT_SIREN)
                    .withReference(io.github.cptskit.core.identifier.Siret.REFERENCE));
        }
        for (var constituted : c.constitutionDate()) {
            for (var registered : c.registrationDate()) {
                if (registered.isBefore(constituted)) {
                    problems = problems.append(Problem.of(
                                    CoreProblem.CPTS_REGISTERED_BEFORE_CONSTITUTION, registered, constituted)
                            .withReference(
                                    localLaw
                                            ? LegalReference.of(
                                                    "Code civil local d'Alsace-Moselle", "art. 21 (inscription)")
                                            : LegalReference.of(
                                                    "Loi du 1er juillet 1901 relative au contrat d'association",
                                                    "art. 5 (déclaration et insertion au Journal officiel)")));
                }
            }
        }
        return problems;
    }

    private static Seq<Problem> generalPractitioner(Cpts c, LocalDate d, Seq<Cpts> o) {
        return c.membersOn(d).exists(m -> m.member().isGeneralPractitioner())
                ? List.empty()
                : List.of(Problem.of(CoreProblem.NO_GENERAL_PRACTITIONER));
    }

    private static Associate asAssociate(Member m) {
        if (m instanceof Member.HealthProfessional p) {
            return p.asAssociate();
        }
        Member.Structure s = (Member.Structure) m;
        return s.kind() == StructureKind.COLLECTIVITE
                ? Associate.legalPerson().asPublicBody()
                : Associate.legalPerson();
    }

    private static Seq<Problem> constitutions(Cpts c, LocalDate d, Seq<Cpts> o) {
        Seq<Problem> own = c.legalForm()
                .toList()
                .flatMap(f -> f.checkConstitution(c.membersOn(d).map(m -> asAssociate(m.member()))));
        Seq<Problem> structures = c.membersOn(d)
                .flatMap(m -> m.member()
                        .constitution()
                        .toList()
                        .flatMap(k -> k.form()
                                .checkConstitution(k.associates())
                                .map(p -> new Problem(
                                        p.code(),
                                        p.severity(),
                                        m.member().key() + " : " + p.messageFr(),
                                        m.member().key() + ": " + p.messageEn(),
                                        p.reference(),
                                        p.location()))));
        return own.appendAll(structures);
    }

    private static Seq<Problem> legalPersonality(Cpts c, LocalDate d, Seq<Cpts> o) {
        Option<LocalDate> signature = c.lifecycle().dateOf(Stage.ACI_SIGNED).filter(s -> !s.isAfter(d));
        if (signature.isEmpty()) {
            return List.empty();
        }
        if (c.legalForm().isEmpty() || c.siren().isEmpty()) {
            return List.of(Problem.of(CoreProblem.ACI_WITHOUT_LEGAL_ENTITY));
        }
        if (c.constitutionDate().exists(k -> k.isAfter(signature.get()))) {
            return List.of(Problem.of(
                    CoreProblem.ACI_BEFORE_CONSTITUTION,
                    signature.get(),
                    c.constitutionDate().get()));
        }
        return List.empty();
    }

    private static Seq<Problem> duplicates(Cpts c, LocalDate d, Seq<Cpts> o) {
        return c.membersOn(d)
                .flatMap(m -> m.member().keys().distinct())
                .groupBy(k -> k)
                .filter(t -> t._2.size() > 1)
                .keySet()
                .toList()
                .sorted()
                .map(k -> Problem.of(CoreProblem.MEMBER_DUPLICATE, k));
    }

    private static Seq<Problem> identifiers(Cpts c, LocalDate d, Seq<Cpts> o) {
        return c.membersOn(d)
                .flatMap(m -> m.member() instanceof Member.Structure s
                        ? s.ids()
                        : ((Member.HealthProfessional) m.member()).practisesAt())
                .filter(id -> id.scheme().startsWith("FINESS"))
                .map(StructureId::value)
                .distinct()
                .flatMap(v -> Finess.of(v).prefixWarning());
    }

    private static Seq<Problem> overlaps(Cpts c, LocalDate d, Seq<Cpts> others) {
        return others.filter(x -> !x.name().equals(c.name())).flatMap(x -> {
            Seq<Commune> shared = c.territory().intersection(x.territory()).communes();
            return shared.isEmpty()
                    ? List.<Problem>empty()
                    : List.of(Problem.of(
                                    CoreProblem.TERRITORY_OVERLAP,
                                    x.name(),
                                    shared.map(Commune::code).mkString(", "))
                            .withReference(L1434_12));
        });
    }

    @Override
    public String toString() {
        return "RuleSet" + ids().mkString("[", ", ", "]");
    }
}
