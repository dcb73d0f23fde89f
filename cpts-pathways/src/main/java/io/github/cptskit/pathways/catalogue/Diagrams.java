package io.github.cptskit.pathways.catalogue;

import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.Transition;
import java.util.Objects;

/**
 * A definition drawn as a diagram, beside the pathway pages that show it ({@link PathwayPage}):
 * Mermaid {@code stateDiagram-v2} and Graphviz DOT. Labels show the event, its route, the guards and
 * the deadlines each transition starts, stops or raises.
 *
 * <pre>{@code
 * String m = Diagrams.mermaid(Catalogue.find("P2").get().definition());
 * }</pre>
 */
public final class Diagrams {
    private Diagrams() {}

    /**
     * @param def a definition
     * @return the diagram source, Mermaid {@code stateDiagram-v2}
     */
    public static String mermaid(Definition<?> def) {
        Objects.requireNonNull(def, "def");
        StringBuilder sb = new StringBuilder("stateDiagram-v2\n");
        sb.append("    [*] --> ").append(def.initial()).append('\n');
        for (Transition<?> t : def.transitions()) {
            sb.append("    ")
                    .append(t.from())
                    .append(" --> ")
                    .append(t.to())
                    .append(" : ")
                    .append(t.label())
                    .append('\n');
        }
        for (String s : def.terminals()) {
            sb.append("    ").append(s).append(" --> [*]\n");
        }
        return sb.toString();
    }

    /**
     * @param def a definition
     * @return the graph source, Graphviz DOT
     */
    public static String dot(Definition<?> def) {
        Objects.requireNonNull(def, "def");
        StringBuilder sb =
                new StringBuilder("digraph \"" + def.id() + " v" + def.version() + "\" {\n    rankdir=LR;\n");
        sb.append("    \"").append(def.initial()).append("\" [shape=box, style=bold];\n");
        for (String s : def.terminals()) {
            sb.append("    \"").append(s).append("\" [shape=doublecircle];\n");
        }
        for (Transition<?> t : def.transitions()) {
            sb.append("    \"")
                    .append(t.from())
                    .append("\" -> \"")
                    .append(t.to())
                    .append("\" [label=\"")
                    .append(t.label())
                    .append("\"];\n");
        }
        return sb.append("}\n").toString();
    }
}
