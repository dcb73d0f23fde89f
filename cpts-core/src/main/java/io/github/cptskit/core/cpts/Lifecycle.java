package io.github.cptskit.core.cpts;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.core.internal.law.References;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.problem.CoreProblem;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The dated life of a CPTS: initiative → lettre d'intention → projet de santé submitted → approved
 * by the ARS → ACI signed → active → dissolved. Every transition is checked (order, dates) and
 * returns a {@code Validation} with the coded problem instead of throwing (decision record 0004).
 *
 * <p>The projet de santé is deemed approved unless the director general of the ARS objects « dans un
 * délai de deux mois » from its receipt (CSP L.1434-12, from loi n° 2019-774). How that délai is
 * counted is not written in L.1434-12; cptskit applies the usual rule for a délai expressed in months,
 * that of the Code de procédure civile, art. 641 al. 2 (the délai expires on the day of the last month
 * that bears the same date as the day that started it, or on the last day of that month when it has
 * no such date) and art. 642 al. 1 (it expires on that day at midnight). So:
 * <ul>
 *   <li>{@link #objectionDeadline()}: the last day the ARS may object, {@code submission.plusMonths(2)}
 *       (a projet received on 1 March may be objected to until 1 May inclusive; one received on
 *       31 December until the last day of February); an objection on that day is in time;
 *   <li>{@link #tacitApprovalDate()}: the day after, when the projet is deemed approved.
 * </ul>
 * The extension of art. 642 al. 2 to the next working day is a rule of procedure and is not applied.
 * {@link #advanceTo(Clock)} applies the tacit approval.
 *
 * <pre>{@code
 * Lifecycle l = Lifecycle.start(LocalDate.of(2024, 1, 10))
 *     .submitProjet(LocalDate.of(2024, 3, 1)).get();
 * l.objectionDeadline();                    // 2024-05-01: an objection that day is in time
 * l.advanceTo(clockOn(2024, 5, 2)).stage(); // APPROVED_BY_ARS, on 2024-05-02
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param history each stage reached with its date, in order
 * @param objection the ARS's objection to the projet, if any (date and ground)
 */
public record Lifecycle(Seq<Step> history, Option<Step> objection) {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /** The article of the tacit approval. */
    public static final LegalReference L1434_12 = References.L1434_12;

    /** How a délai in months is counted: the usual rule, applied to the ARS's two months. */
    public static final LegalReference DELAI_EN_MOIS = LegalReference.of(
            "Code de procédure civile (computation des délais, applied to the délai of CSP L.1434-12)",
            "art. 641 al. 2 et 642 al. 1");

    /**
     * A stage reached on a day, and how.
     *
     * @param stage the stage
     * @param date the day
     * @param note how it was reached (e.g. "tacit approval"), may be empty
     */
    public record Step(Stage stage, LocalDate date, String note) {
        /**
         * Checks the components.
         *
         * @param stage the stage
         * @param date the day
         * @param note how it was reached (e.g. "tacit approval"), may be empty
         */
        public Step {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * Checks the components.
     *
     * @param history each stage reached with its date, in order
     * @param objection the ARS's objection to the projet, if any (date and ground)
     */
    public Lifecycle {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(objection, "objection");
        if (history.isEmpty() || history.head().stage() != Stage.INITIATIVE) {
            throw new IllegalArgumentException("a lifecycle starts with the initiative");
        }
    }

    /**
     * A CPTS's life starting with the initiative.
     *
     * @param day the day
     * @return the lifecycle
     */
    public static Lifecycle start(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return new Lifecycle(List.of(new Step(Stage.INITIATIVE, day, "")), Option.none());
    }

    /**
     * The day of the initiative, the first step.
     *
     * @return the day
     */
    public LocalDate initiative() {
        return history.head().date();
    }

    /**
     * The current stage.
     *
     * @return the stage
     */
    public Stage stage() {
        return history.last().stage();
    }

    /**
     * The day a stage was reached.
     *
     * @param stage the stage
     * @return its day, or none if not reached
     */
    public Option<LocalDate> dateOf(Stage stage) {
        Objects.requireNonNull(stage, "stage");
        return history.find(s -> s.stage() == stage).map(Step::date);
    }

    /**
     * {@link #history()} as a {@code java.util.List}.
     *
     * @return each stage reached with its date, in order (unmodifiable)
     */
    public java.util.List<Step> historyList() {
        return history.asJava();
    }

    /**
     * {@link #objection()} as an {@code Optional}.
     *
     * @return the ARS's objection, if any
     */
    public Optional<Step> objectionOptional() {
        return objection.toJavaOptional();
    }

    /**
     * {@link #dateOf(Stage)} as an {@code Optional}.
     *
     * @param stage the stage
     * @return its day, or empty if not reached
     */
    public Optional<LocalDate> dateOfOptional(Stage stage) {
        return dateOf(stage).toJavaOptional();
    }

    /**
     * {@link #objectionDeadline()} as an {@code Optional}.
     *
     * @return the day, or empty when no projet is pending
     */
    public Optional<LocalDate> objectionDeadlineOptional() {
        return objectionDeadline().toJavaOptional();
    }

    /**
     * {@link #tacitApprovalDate()} as an {@code Optional}.
     *
     * @return the day, or empty when no projet is pending
     */
    public Optional<LocalDate> tacitApprovalDateOptional() {
        return tacitApprovalDate().toJavaOptional();
    }

    /**
     * The lettre d'intention was sent to the ARS.
     *
     * @param day the day
     * @return the new lifecycle, or the problem
     */
    public Validation<Seq<Problem>, Lifecycle> letterOfIntent(LocalDate day) {
        return move(Stage.LETTRE_D_INTENTION, day, "", Stage.INITIATIVE);
    }

    /**
     * The projet de santé was sent to the ARS (from the initiative or after a lettre d'intention, or
     * again after an objection).
     *
     * @param day the day it reached the ARS
     * @return the new lifecycle, or the problem
     */
    public Validation<Seq<Problem>, Lifecycle> submitProjet(LocalDate day) {
        return move(Stage.PROJET_DE_SANTE_SUBMITTED, day, "", Stage.INITIATIVE, Stage.LETTRE_D_INTENTION)
                .map(l -> new Lifecycle(l.history, Option.none()));
    }

    /**
     * The last day the ARS may object to the pending projet: the day of the second month after
     * submission bearing the same date, or the last day of that month (CPC art. 641 al. 2, see the
     * class description).
     *
     * @return the day, or none when no projet is pending
     */
    public Option<LocalDate> objectionDeadline() {
        return stage() == Stage.PROJET_DE_SANTE_SUBMITTED
                ? dateOf(Stage.PROJET_DE_SANTE_SUBMITTED).map(d -> d.plusMonths(2))
                : Option.none();
    }

    /**
     * The day the projet is deemed approved if the ARS says nothing: the day after {@link
     * #objectionDeadline()}.
     *
     * @return the day, or none when no projet is pending
     */
    public Option<LocalDate> tacitApprovalDate() {
        return objectionDeadline().map(d -> d.plusDays(1));
    }

    /**
     * The ARS approved the projet expressly.
     *
     * @param day the day
     * @return the new lifecycle, or the problem
     */
    public Validation<Seq<Problem>, Lifecycle> arsApproves(LocalDate day) {
        return move(Stage.APPROVED_BY_ARS, day, "express approval", Stage.PROJET_DE_SANTE_SUBMITTED);
    }

    /**
     * The ARS objected within the two months, on one of the two grounds the law allows (the projet
     * does not meet the objectives of the projet régional de santé, or the territory is unsuitable).
     * The CPTS goes back to its previous stage and may submit again.
     *
     * @param day the day
     * @param ground the ground
     * @return the new lifecycle, or the problem {@code LIFECYCLE_OBJECTION_LATE} after the last day of
     *     the two months ({@link #objectionDeadline()}; an objection on that day is in time)
     */
    public Validation<Seq<Problem>, Lifecycle> arsObjects(LocalDate day, String ground) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(ground, "ground");
        Option<LocalDate> deadline = objectionDeadline();
        if (deadline.isEmpty()) {
            return invalid(order(Stage.PROJET_DE_SANTE_SUBMITTED, day));
        }
        if (day.isAfter(deadline.get())) {
            return invalid(Problem.of(
                            CoreProblem.LIFECYCLE_OBJECTION_LATE,
                            day,
                            deadline.get(),
                            deadline.get().plusDays(1))
                    .withReference(L1434_12));
        }
        return Validation.valid(
                new Lifecycle(history.dropRight(1), Option.of(new Step(Stage.PROJET_DE_SANTE_SUBMITTED, day, ground))));
    }

    /**
     * Applies what time alone decides: the tacit approval once two months have passed without
     * objection. Time comes from the clock passed in, never from the system.
     *
     * @param clock the clock
     * @return the lifecycle as of the clock's day
     */
    public Lifecycle advanceTo(Clock clock) {
        LocalDate today = LocalDate.now(Objects.requireNonNull(clock, "clock"));
        Option<LocalDate> tacit = tacitApprovalDate();
        if (tacit.isDefined() && !today.isBefore(tacit.get())) {
            return new Lifecycle(
                    history.append(
                            new Step(Stage.APPROVED_BY_ARS, tacit.get(), "tacit approval (L.1434-12; CPC art. 641)")),
                    objection);
        }
        return this;
    }

    /**
     * The ACI contract was signed with the CPAM and the ARS.
     *
     * @param day the day
     * @return the new lifecycle, or the problem
     */
    public Validation<Seq<Problem>, Lifecycle> signAci(LocalDate day) {
        return move(Stage.ACI_SIGNED, day, "", Stage.APPROVED_BY_ARS);
    }

    /**
     * The CPTS started its missions.
     *
     * @param day the day
     * @return the new lifecycle, or the problem
     */
    public Validation<Seq<Problem>, Lifecycle> activate(LocalDate day) {
        return move(Stage.ACTIVE, day, "", Stage.ACI_SIGNED);
    }

    /**
     * The CPTS was dissolved, from any stage but dissolved.
     *
     * @param day the day
     * @return the new lifecycle, or the problem
     */
    public Validation<Seq<Problem>, Lifecycle> dissolve(LocalDate day) {
        Stage[] notDissolved = List.of(Stage.values()).remove(Stage.DISSOLVED).toJavaArray(Stage[]::new);
        return move(Stage.DISSOLVED, day, "", notDissolved);
    }

    private Validation<Seq<Problem>, Lifecycle> move(Stage to, LocalDate day, String note, Stage... from) {
        Objects.requireNonNull(day, "day");
        if (!List.of(from).contains(stage())) {
            return invalid(order(to, day));
        }
        if (day.isBefore(history.last().date())) {
            return invalid(Problem.of(
                    CoreProblem.LIFECYCLE_DATE, to, day, history.last().date()));
        }
        return Validation.valid(new Lifecycle(history.append(new Step(to, day, note)), objection));
    }

    private static Validation<Seq<Problem>, Lifecycle> invalid(Problem p) {
        return Validation.invalid(List.of(p));
    }

    private Problem order(Stage to, LocalDate day) {
        return Problem.of(CoreProblem.LIFECYCLE_ORDER, stage(), to, day);
    }
}
