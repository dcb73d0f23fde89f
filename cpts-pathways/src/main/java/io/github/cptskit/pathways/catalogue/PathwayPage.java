package io.github.cptskit.pathways.catalogue;

import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.pathways.engine.Deadline;
import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.EventType;
import io.github.cptskit.pathways.engine.Field;
import io.github.cptskit.pathways.engine.Transition;
import io.github.cptskit.pathways.fhir.EpisodeOfCareStatus;
import io.github.cptskit.pathways.fhir.FhirMapping;
import io.github.cptskit.pathways.fhir.FhirStatus;
import io.github.cptskit.pathways.fhir.RequestStatus;
import io.vavr.collection.Seq;

/**
 * A pathway described in Markdown: summary, Mermaid diagram, parameters with their sources and
 * confidence, states with their FHIR statuses, events and their data, deadlines, guards, sources and
 * the link to its event schema. The project's {@code docs/pathways/} pages are these, kept up to date
 * by a test; {@code cpts pathway show} prints them.
 *
 * <pre>{@code
 * String md = PathwayPage.markdown(Catalogue.find("P2").get());
 * }</pre>
 */
public final class PathwayPage {
    private PathwayPage() {}

    /**
     * @param p a pathway
     * @return the file name, in {@code docs/pathways/schemas/}, of its schema in the current log format
     */
    public static String schemaFile(Pathway p) {
        return schemaFile(p, 2);
    }

    /**
     * @param p a pathway
     * @param format a log format, 1 or 2
     * @return the file name of its schema in that format ({@code snp-sas-v1.schema.json} for format 1,
     *     {@code snp-sas-v1.format-2.schema.json} for 2)
     */
    public static String schemaFile(Pathway p, int format) {
        return p.id() + "-v" + p.definition().version() + (format == 1 ? "" : ".format-" + format) + ".schema.json";
    }

    /**
     * @param p a pathway
     * @return its page
     */
    public static String markdown(Pathway p) {
        Definition<NoContext> d = p.definition();
        StringBuilder b = new StringBuilder();
        b.append("# ")
                .append(p.code())
                .append(" — ")
                .append(p.titleFr())
                .append(" (`")
                .append(d.id())
                .append("` v")
                .append(d.version())
                .append(")\n\n");
        b.append('*')
                .append(p.titleEn())
                .append("* · one instance per ")
                .append(level(p.level()))
                .append("\n\n");
        b.append(p.summary()).append("\n\n");
        b.append("<!-- Generated from the catalogue by PathwayPagesTest: do not edit by hand. -->\n\n");
        b.append("## Diagram\n\n```mermaid\n").append(Diagrams.mermaid(d)).append("```\n\n");
        parameters(b, p);
        states(b, p);
        events(b, d);
        deadlines(b, d);
        guards(b, d);
        b.append("## Sources\n\n");
        for (LegalReference r : p.sources()) {
            b.append("- ").append(r.citation());
            r.url().forEach(u -> b.append(" — <").append(u).append('>'));
            b.append('\n');
        }
        b.append("\n## Event log\n\nOne JSON object per line (`EventLog`), described by the schema ")
                .append("[`schemas/")
                .append(schemaFile(p))
                .append("`](schemas/")
                .append(schemaFile(p))
                .append(") (log format 2: each event names its instance, sequence number, id and author);")
                .append(" logs of format 1 are still read, [`schemas/")
                .append(schemaFile(p, 1))
                .append("`](schemas/")
                .append(schemaFile(p, 1))
                .append(").\n");
        return b.toString();
    }

    private static String level(Level l) {
        switch (l) {
            case PATIENT:
                return "patient";
            case ENCOUNTER:
                return "call or encounter";
            case CASE:
                return "case";
            case CAMPAIGN:
                return "campaign";
            case TERRITORY:
                return "CPTS";
            default:
                return "coordinating structure's project";
        }
    }

    private static void parameters(StringBuilder b, Pathway p) {
        b.append("## Parameters\n\n");
        if (p.parameters().isEmpty()) {
            b.append("None: no figure of this pathway comes from a text.\n\n");
            return;
        }
        b.append("| parameter | default | confidence | source | meaning |\n|---|---|---|---|---|\n");
        for (Parameter<?> x : p.parameters()) {
            b.append("| `")
                    .append(x.name())
                    .append("` | ")
                    .append(cell(String.valueOf(x.get())))
                    .append(" | ")
                    .append(x.value().confidence())
                    .append(" | ")
                    .append(cell(x.value().reference().citation()))
                    .append(" | ")
                    .append(cell(x.description()))
                    .append(" |\n");
        }
        b.append("\nUNCONFIRMED defaults come from the domain reference's unconfirmed or secondary sources;")
                .append(" a host replaces them (`Parameter.override`) with the figure of its own text.\n\n");
    }

    private static void states(StringBuilder b, Pathway p) {
        Definition<NoContext> d = p.definition();
        b.append("## States and FHIR R4 statuses\n\n")
                .append("| state | | EpisodeOfCare.status | CarePlan.status | Task.status |\n|---|---|---|---|---|\n");
        for (String s : d.states()) {
            FhirStatus f = FhirMapping.bundled().status(d.id(), s).get();
            b.append("| `")
                    .append(s)
                    .append("` | ")
                    .append(s.equals(d.initial()) ? "initial" : d.isTerminal(s) ? "terminal" : "")
                    .append(" | ")
                    .append(f.episodeOfCare().map(EpisodeOfCareStatus::code).getOrElse("—"))
                    .append(" | ")
                    .append(f.carePlan().map(RequestStatus::code).getOrElse("—"))
                    .append(" | ")
                    .append(f.task().code())
                    .append(" |\n");
        }
        b.append('\n');
    }

    private static void events(StringBuilder b, Definition<NoContext> d) {
        b.append("## Events\n\n| event | data | what happened |\n|---|---|---|\n");
        for (EventType t : d.eventTypes().values()) {
            b.append("| `")
                    .append(t.name())
                    .append("` | ")
                    .append(
                            t.fields().isEmpty()
                                    ? "—"
                                    : t.fields().map(PathwayPage::field).mkString("<br>"))
                    .append(" | ")
                    .append(cell(t.description()))
                    .append(" |\n");
        }
        b.append('\n');
    }

    private static String field(Field f) {
        String kind;
        switch (f.kind()) {
            case CHOICE:
                kind = f.choices().mkString(" \\| ");
                break;
            case INTEGER:
                kind = "integer " + f.min() + "–" + f.max();
                break;
            default:
                kind = f.kind().name().toLowerCase(java.util.Locale.ROOT);
        }
        return "`" + f.name() + "`" + (f.required() ? "" : " (optional)") + ": " + kind;
    }

    private static void deadlines(StringBuilder b, Definition<NoContext> d) {
        if (d.deadlines().isEmpty()) {
            return;
        }
        b.append(
                "## Deadlines\n\n| deadline | delay | expiry event | started by | stopped by |\n|---|---|---|---|---|\n");
        for (Deadline x : d.deadlines().values()) {
            Seq<String> start = d.transitions()
                    .filter(t -> t.starts().exists(s -> s.kind().equals(x.kind())))
                    .map(t -> t.from() + " " + t.on());
            Seq<String> stop =
                    d.transitions().filter(t -> t.cancels().contains(x.kind())).map(t -> t.from() + " " + t.on());
            b.append("| `")
                    .append(x.kind())
                    .append("` | ")
                    .append(x.delay())
                    .append(" | `")
                    .append(x.expiryEvent())
                    .append("` | ")
                    .append(start.distinct().mkString(", "))
                    .append(" | ")
                    .append(
                            stop.isEmpty()
                                    ? "its expiry, or the end"
                                    : stop.distinct().mkString(", "))
                    .append(" |\n");
        }
        b.append("\nCalendar delays are counted in ").append(d.zone()).append(".\n\n");
    }

    private static void guards(StringBuilder b, Definition<NoContext> d) {
        Seq<Transition<NoContext>> guarded =
                d.transitions().filter(t -> !t.guards().isEmpty());
        if (guarded.isEmpty()) {
            return;
        }
        b.append("## Guards\n\n| transition | guards |\n|---|---|\n");
        for (Transition<NoContext> t : guarded) {
            b.append("| ")
                    .append(t.from())
                    .append(" → ")
                    .append(t.to())
                    .append(" on `")
                    .append(t.on())
                    .append("` | ")
                    .append(t.guards().map(g -> "`" + g.name() + "`").mkString(", "))
                    .append(" |\n");
        }
        b.append('\n');
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
