package io.github.cptskit.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.json.problem.JsonProblem;
import io.vavr.collection.List;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON document read into nodes that remember their line and column, for located errors. */
final class JsonTree {

    /** The document cannot be read as JSON: its problems, located. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient io.vavr.collection.Seq<Problem> problems;

        Invalid(io.vavr.collection.Seq<Problem> problems) {
            super(problems.head().messageEn(), null, false, false);
            this.problems = problems;
        }
    }

    /** A value (String, Map of nodes, List of nodes, Boolean, number as text, or null) and where it starts. */
    record Node(Object value, int line, int column, String path) {
        Location at(String source) {
            return Location.of(source, line, column).withPath(path);
        }

        @SuppressWarnings("unchecked")
        Map<String, Node> object() {
            return value instanceof Map ? (Map<String, Node>) value : Map.of();
        }

        @SuppressWarnings("unchecked")
        java.util.List<Node> array() {
            return value instanceof java.util.List ? (java.util.List<Node>) value : java.util.List.of();
        }

        String text() {
            return value instanceof String s ? s : null;
        }
    }

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private JsonTree() {}

    static Node parse(String content, String source) {
        try (JsonParser p = JSON.createParser(content)) {
            p.nextToken();
            Node root = read(p, "");
            if (p.nextToken() != null) {
                throw syntax(source, p.currentTokenLocation(), JsonProblem.JSON_SYNTAX_TRAILING);
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation() == null ? JsonLocation.NA : e.getLocation();
            throw syntax(source, l, JsonProblem.JSON_SYNTAX_MALFORMED, e.getOriginalMessage());
        } catch (IOException e) {
            throw new Invalid(List.of(Problem.of(JsonProblem.FILE_UNREADABLE, String.valueOf(e.getMessage()))));
        }
    }

    private static Node read(JsonParser p, String path) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        JsonToken t = p.currentToken();
        Object value;
        if (t == JsonToken.START_OBJECT) {
            Map<String, Node> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                map.put(name, read(p, path.isEmpty() ? name : path + "." + name));
            }
            value = map;
        } else if (t == JsonToken.START_ARRAY) {
            java.util.List<Node> list = new ArrayList<>();
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(read(p, path + "[" + i++ + "]"));
            }
            value = list;
        } else if (t == JsonToken.VALUE_NULL) {
            value = null;
        } else if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            value = t == JsonToken.VALUE_TRUE;
        } else {
            value = p.getText();
        }
        return new Node(value, at.getLineNr(), at.getColumnNr(), path);
    }

    private static Invalid syntax(String source, JsonLocation l, JsonProblem entry, Object... args) {
        return new Invalid(List.of(Problem.of(entry, args)
                .at(Location.of(source, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr())))));
    }
}
