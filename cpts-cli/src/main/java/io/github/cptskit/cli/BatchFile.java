package io.github.cptskit.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.NearestName;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The scenario file of {@code cpts simulate --batch FILE}: several reforms and parameter sets run in one
 * command, side by side with the baseline on the same draws. Each scenario names a reform file (a rule
 * file with an optional {@code model} section; one with only a {@code model} section is a parameter
 * set), its path relative to the scenario file:
 *
 * <pre>{@code
 * {"scenarios": [
 *   {"name": "sante-mentale", "reform": "reforms/sante-mentale.json"},
 *   {"name": "adhesion-haute", "reform": "parameter-sets/adhesion-haute.json"}
 * ]}
 * }</pre>
 *
 * Every problem of the file is reported at once with its line and column; the reform files are then
 * read as {@code --reform} reads them.
 */
final class BatchFile {

    /** At most this many scenarios: each one is a whole simulation beside the baseline. */
    static final int MAX_SCENARIOS = 100;

    /** A scenario file is a short list of names and paths. */
    static final int MAX_CHARS = 1 << 20;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final java.util.List<String> TOP = java.util.List.of("scenarios", "title");
    private static final java.util.List<String> ENTRY = java.util.List.of("name", "reform");
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(8)
                    .maxStringLength(MAX_CHARS)
                    .build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * One scenario of the file.
     *
     * @param name its name in the outputs (rows {@code name} and {@code name_minus_baseline})
     * @param reform the reform file, resolved against the scenario file's folder
     */
    record Scenario(String name, Path reform) {}

    private final String source;
    private final Path folder;
    private final java.util.List<Problem> problems = new ArrayList<>();
    private final java.util.List<Scenario> scenarios = new ArrayList<>();
    private final Set<String> names = new LinkedHashSet<>();

    private BatchFile(Path file, java.util.List<String> taken) {
        this.source = file.toString();
        Path parent = file.toAbsolutePath().getParent();
        this.folder = parent == null ? Path.of(".") : parent;
        names.addAll(taken);
    }

    /**
     * Reads a scenario file.
     *
     * @param file the scenario file
     * @param taken the names already used by {@code --reform} files (a scenario may not take them)
     * @return the scenarios, in file order
     * @throws UserError with every problem of the file, each at its line and column
     */
    static java.util.List<Scenario> read(Path file, java.util.List<String> taken) {
        String text = UserFiles.readText(file);
        BatchFile batch = new BatchFile(file, taken);
        if (text.length() > MAX_CHARS) {
            throw new UserError(
                    List.of(Problem.of(CliProblem.BATCH_TOO_LONG, MAX_CHARS).at(Location.of(batch.source, 1, 1))));
        }
        batch.parse(text);
        if (!batch.problems.isEmpty()) {
            throw new UserError(List.ofAll(batch.problems));
        }
        return java.util.List.copyOf(batch.scenarios);
    }

    private void parse(String text) {
        JsonParser p;
        try {
            p = JSON.createParser(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException e) {
            problems.add(Problem.of(CliProblem.FILE_UNREADABLE, e.getMessage()).at(Location.of(source, 0, 0)));
            return;
        }
        try (p) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                problems.add(at(Problem.of(CliProblem.BATCH_NOT_OBJECT), p));
                return;
            }
            boolean sawScenarios = false;
            Location start = location(p);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                Location where = location(p);
                p.nextToken();
                switch (field) {
                    case "scenarios" -> {
                        sawScenarios = true;
                        scenarios(p, where);
                    }
                    case "title" -> text(p, field);
                    default -> {
                        problems.add(unknown(field, TOP, where));
                        p.skipChildren();
                    }
                }
            }
            if (p.nextToken() != null) {
                problems.add(at(Problem.of(CliProblem.BATCH_SYNTAX, "content after the end of the object"), p));
            }
            if (!sawScenarios) {
                problems.add(
                        Problem.of(CliProblem.BATCH_MISSING_FIELD, "scenarios").at(start));
            }
        } catch (JsonProcessingException e) {
            // Limits of the stream (nesting) carry no location of their own: where the parser stopped.
            JsonLocation l = e.getLocation() == null ? p.currentTokenLocation() : e.getLocation();
            String message = e.getOriginalMessage();
            problems.add(
                    Problem.of(CliProblem.BATCH_SYNTAX, message.length() > 200 ? message.substring(0, 200) : message)
                            .at(Location.of(source, l.getLineNr(), l.getColumnNr())));
        } catch (IOException e) {
            problems.add(Problem.of(CliProblem.FILE_UNREADABLE, e.getMessage()).at(Location.of(source, 0, 0)));
        }
    }

    private void scenarios(JsonParser p, Location where) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            problems.add(at(Problem.of(CliProblem.BATCH_NOT_ARRAY), p));
            p.skipChildren();
            return;
        }
        int count = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            count++;
            if (count > MAX_SCENARIOS) {
                if (count == MAX_SCENARIOS + 1) {
                    problems.add(at(Problem.of(CliProblem.BATCH_TOO_MANY, MAX_SCENARIOS), p));
                }
                p.skipChildren();
            } else {
                entry(p);
            }
        }
        if (count == 0) {
            problems.add(Problem.of(CliProblem.BATCH_EMPTY).at(where));
        }
    }

    private void entry(JsonParser p) throws IOException {
        Location start = location(p);
        if (p.currentToken() != JsonToken.START_OBJECT) {
            problems.add(at(Problem.of(CliProblem.BATCH_ENTRY_NOT_OBJECT), p));
            p.skipChildren();
            return;
        }
        String name = null;
        Location nameAt = start;
        String reform = null;
        Location reformAt = start;
        boolean sound = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            Location where = location(p);
            p.nextToken();
            switch (field) {
                case "name" -> {
                    name = text(p, field);
                    nameAt = location(p);
                    sound &= name != null;
                }
                case "reform" -> {
                    reform = text(p, field);
                    reformAt = location(p);
                    sound &= reform != null;
                }
                default -> {
                    problems.add(unknown(field, ENTRY, where));
                    p.skipChildren();
                    sound = false;
                }
            }
        }
        for (String field : ENTRY) {
            if (field.equals("name") ? name == null : reform == null) {
                problems.add(Problem.of(CliProblem.BATCH_MISSING_FIELD, field).at(start));
                sound = false;
            }
        }
        if (name != null && (!NAME.matcher(name).matches() || name.equals("baseline"))) {
            problems.add(Problem.of(CliProblem.BATCH_NAME, name).at(nameAt));
            sound = false;
        } else if (name != null && !names.add(name)) {
            problems.add(Problem.of(CliProblem.BATCH_NAME_TWICE, name).at(nameAt));
            sound = false;
        }
        Path file = null;
        if (reform != null) {
            try {
                file = folder.resolve(reform).normalize();
                if (!Files.isRegularFile(file)) {
                    problems.add(Problem.of(CliProblem.BATCH_REFORM_MISSING, reform, file)
                            .at(reformAt));
                    sound = false;
                }
            } catch (java.nio.file.InvalidPathException e) {
                problems.add(Problem.of(CliProblem.BATCH_REFORM_MISSING, reform, reform)
                        .at(reformAt));
                sound = false;
            }
        }
        if (sound) {
            scenarios.add(new Scenario(name, file));
        }
    }

    /** The text of a field, or null with a problem if it is not a text. */
    private String text(JsonParser p, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        problems.add(at(Problem.of(CliProblem.BATCH_NOT_TEXT, field), p));
        p.skipChildren();
        return null;
    }

    private Problem unknown(String field, java.util.List<String> known, Location where) {
        String near = NearestName.of(field, known);
        return (near == null
                        ? Problem.of(CliProblem.BATCH_UNKNOWN_FIELD, field, String.join(", ", known))
                        : Problem.of(CliProblem.BATCH_UNKNOWN_FIELD_NEAR, field, near))
                .at(where);
    }

    private Problem at(Problem problem, JsonParser p) {
        return problem.at(location(p));
    }

    private Location location(JsonParser p) {
        JsonLocation l = p.currentTokenLocation();
        return Location.of(source, l.getLineNr(), l.getColumnNr());
    }
}
