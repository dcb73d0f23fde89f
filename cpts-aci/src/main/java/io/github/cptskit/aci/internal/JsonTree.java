package io.github.cptskit.aci.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.cptskit.aci.problem.AciProblem;
import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.problem.ProblemCode;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON tree that remembers where each value stands (line, column, path), for the data files
 * of the simulations (model parameters, fitted parameters). Duplicated keys and nesting deeper than
 * 32 levels are refused, so that a file says one thing and a hostile one cannot exhaust the stack.
 */
public final class JsonTree {

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(32)
                    .maxNumberLength(40)
                    .build())
            .build();

    /**
     * A value and where it stands.
     *
     * @param value a {@code Map<String, Node>} (insertion order), a {@code List<Node>}, a String, a
     *     BigDecimal, a Boolean or null
     * @param location where it stands
     */
    public record Node(Object value, Location location) {

        /**
         * Whether the value is an object.
         *
         * @return true for an object
         */
        public boolean isObject() {
            return value instanceof Map;
        }

        /**
         * The members of an object.
         *
         * @return name to node, in file order
         */
        @SuppressWarnings("unchecked")
        public Map<String, Node> members() {
            return (Map<String, Node>) value;
        }

        /**
         * The elements of an array.
         *
         * @return the nodes
         */
        @SuppressWarnings("unchecked")
        public List<Node> elements() {
            return (List<Node>) value;
        }
    }

    private JsonTree() {}

    /**
     * Parses a document.
     *
     * @param reader the text
     * @param source the file name used in problems
     * @return the root node, or a coded problem with line and column
     */
    public static Validation<Problem, Node> parse(Reader reader, String source) {
        return parse(reader, source, Entries.JSON);
    }

    /**
     * The catalogue entries a reader reports a document's own faults with, so that a file format keeps
     * its codes (the rule files report {@code TARIFF_SYNTAX} and {@code TARIFF_IO}, as their other reader).
     *
     * @param empty an empty document
     * @param malformed malformed JSON; {0} the parser's message
     * @param trailing content after the end of the document
     * @param duplicateKey a key twice in one object; {0} the key
     * @param io the content cannot be read; {0} the system's message
     */
    public record Entries(
            ProblemCode empty, ProblemCode malformed, ProblemCode trailing, ProblemCode duplicateKey, ProblemCode io) {

        /** The generic JSON entries ({@code JSON_SYNTAX}, {@code JSON_DUPLICATE_KEY}, {@code JSON_IO}). */
        public static final Entries JSON = new Entries(
                AciProblem.JSON_SYNTAX_EMPTY,
                AciProblem.JSON_SYNTAX_MALFORMED,
                AciProblem.JSON_SYNTAX_TRAILING,
                AciProblem.JSON_DUPLICATE_KEY,
                AciProblem.JSON_IO);
    }

    /**
     * Parses a document, reporting its faults with a file format's own entries.
     *
     * @param reader the text
     * @param source the file name used in problems
     * @param entries the entries for an empty, malformed or unreadable document
     * @return the root node, or a coded problem with line and column
     */
    public static Validation<Problem, Node> parse(Reader reader, String source, Entries entries) {
        try (JsonParser p = JSON.createParser(reader)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return Validation.invalid(syntax(entries.empty(), source, 1, 1));
            }
            Node root = node(p, t, source, "", entries);
            if (p.nextToken() != null) {
                JsonLocation l = p.currentTokenLocation();
                return Validation.invalid(syntax(entries.trailing(), source, l.getLineNr(), l.getColumnNr()));
            }
            return Validation.valid(root);
        } catch (DuplicateKey e) {
            return Validation.invalid(e.problem);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation() == null ? JsonLocation.NA : e.getLocation();
            return Validation.invalid(
                    syntax(entries.malformed(), source, l.getLineNr(), l.getColumnNr(), e.getOriginalMessage()));
        } catch (IOException e) {
            return Validation.invalid(Problem.of(entries.io(), e.getMessage()).at(Location.of(source, 0, 0)));
        }
    }

    private static Node node(JsonParser p, JsonToken t, String source, String path, Entries entries)
            throws IOException {
        JsonLocation l = p.currentTokenLocation();
        Location at = new Location(source, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()), path);
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node> members = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation nl = p.currentTokenLocation();
                    String childPath = path.isEmpty() ? name : path + "." + name;
                    Node child = node(p, p.nextToken(), source, childPath, entries);
                    if (members.put(name, child) != null) {
                        throw new DuplicateKey(Problem.of(entries.duplicateKey(), name)
                                .at(new Location(source, nl.getLineNr(), nl.getColumnNr(), childPath)));
                    }
                }
                return new Node(members, at);
            }
            case START_ARRAY -> {
                List<Node> elements = new ArrayList<>();
                JsonToken e;
                int i = 0;
                while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                    elements.add(node(p, e, source, path + "[" + i++ + "]", entries));
                }
                return new Node(elements, at);
            }
            case VALUE_STRING -> {
                return new Node(p.getText(), at);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Node(new BigDecimal(p.getText()), at);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node(t == JsonToken.VALUE_TRUE, at);
            }
            default -> {
                return new Node(null, at);
            }
        }
    }

    private static Problem syntax(ProblemCode entry, String source, int line, int column, Object... arguments) {
        return Problem.of(entry, arguments).at(Location.of(source, Math.max(0, line), Math.max(0, column)));
    }

    private static final class DuplicateKey extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        DuplicateKey(Problem problem) {
            super(problem.messageEn());
            this.problem = problem;
        }
    }
}
