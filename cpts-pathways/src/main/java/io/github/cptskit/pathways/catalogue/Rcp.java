package io.github.cptskit.pathways.catalogue;

import static io.github.cptskit.pathways.catalogue.Build.guard;
import static io.github.cptskit.pathways.catalogue.Build.number;
import static io.github.cptskit.pathways.catalogue.Build.t;

import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.EventType;
import io.github.cptskit.pathways.engine.Field;
import io.vavr.collection.List;
import java.util.Objects;

/**
 * P4, réunion de concertation pluriprofessionnelle (RCP) for one case: the case is put on a
 * meeting's agenda, discussed by professionals of at least two professions, the decision is written
 * into the record, actions are assigned and followed until done. A case may be postponed to another
 * meeting or withdrawn.
 *
 * <p>No text sets the number of meetings a CPTS must hold; the ACI of the MSP asks for 6 a year. That
 * figure is the default target of the "RCP held per year" read model, flagged unconfirmed for a CPTS.
 */
public final class Rcp {
    private Rcp() {}

    /**
     * The parameters of P4.
     *
     * @param minimumProfessions the professions that must attend for the meeting to count (2)
     * @param meetingsPerYear the meetings a year the read model takes as full achievement (6)
     */
    public record Parameters(Parameter<Integer> minimumProfessions, Parameter<Integer> meetingsPerYear) {
        /**
         * Checks the components.
         *
         * @param minimumProfessions the professions that must attend for the meeting to count (2)
         * @param meetingsPerYear the meetings a year the read model takes as full achievement (6)
         */
        public Parameters {
            Objects.requireNonNull(minimumProfessions, "minimumProfessions");
            Objects.requireNonNull(meetingsPerYear, "meetingsPerYear");
        }

        /** @return 2 professions, 6 meetings a year */
        public static Parameters defaults() {
            return new Parameters(
                    Parameter.of(
                            "minimumProfessions",
                            "professions attending for a concertation to be pluri-professional",
                            2,
                            Sources.HAS_PROTOCOLES,
                            Confidence.UNCONFIRMED),
                    Parameter.of(
                            "meetingsPerYear",
                            "meetings a year taken as full achievement (the MSP's ACI figure)",
                            6,
                            Sources.MSP_CONCERTATION,
                            Confidence.UNCONFIRMED));
        }

        /**
         * @param target the CPTS contract's target
         * @param origin where it comes from
         * @return new parameters
         */
        public Parameters withMeetingsPerYear(int target, String origin) {
            return new Parameters(minimumProfessions, meetingsPerYear.override(target, origin));
        }
    }

    /** @return P4 with the default parameters */
    public static Pathway pathway() {
        return pathway(Parameters.defaults());
    }

    /**
     * @param p the parameters
     * @return P4 built with them
     */
    public static Pathway pathway(Parameters p) {
        int professions = p.minimumProfessions().get();
        Definition.Builder<NoContext> b = Definition.<NoContext>builder("rcp", 1, "PROPOSE")
                .event(EventType.of(
                        "casInscrit", "the case was put on a meeting's agenda", Field.token("reunion", "meeting id")))
                .event(EventType.of(
                        "reunionTenue",
                        "the meeting discussed the case",
                        Field.token("reunion", "meeting id"),
                        Field.date("date", "the meeting's date"),
                        Field.integer("professions", "professions attending", 1, 50)))
                .event(EventType.of(
                        "reporte", "the case was postponed to another meeting", Field.token("reunion", "meeting id")))
                .event(EventType.of("decisionTracee", "the decision was written into the patient's record"))
                .event(EventType.of(
                        "actionsAssignees", "actions were assigned", Field.integer("nombre", "actions", 1, 100)))
                .event(EventType.of("aucuneAction", "the decision needs no action"))
                .event(EventType.of("actionsTerminees", "every action is done"))
                .event(EventType.of("casRetire", "the case was withdrawn"))
                .transition(t("PROPOSE", "casInscrit", "INSCRIT"))
                .transition(t("INSCRIT", "reunionTenue", "DISCUTE")
                        .guardedBy(guard("pluriProfessional", e -> number(e, "professions") >= professions)))
                .transition(t("DISCUTE", "reporte", "INSCRIT"))
                .transition(t("DISCUTE", "decisionTracee", "DECISION_TRACEE"))
                .transition(t("DECISION_TRACEE", "actionsAssignees", "ACTIONS_ASSIGNEES"))
                .transition(t("DECISION_TRACEE", "aucuneAction", "SUIVI_CLOS"))
                .transition(t("ACTIONS_ASSIGNEES", "actionsTerminees", "SUIVI_CLOS"))
                .transition(t("PROPOSE", "casRetire", "RETIRE"))
                .transition(t("INSCRIT", "casRetire", "RETIRE"));
        return new Pathway(
                "P4",
                "Réunion de concertation pluriprofessionnelle (RCP)",
                "Multi-professional case conference",
                Level.CASE,
                "A case is scheduled, discussed by at least two professions, the decision is traced in the"
                        + " record, actions are assigned and followed until done.",
                Build.checked(b.terminal("SUIVI_CLOS", "RETIRE")),
                List.of(p.minimumProfessions(), p.meetingsPerYear()),
                List.of(Sources.HAS_PROTOCOLES, Sources.MSP_CONCERTATION));
    }
}
