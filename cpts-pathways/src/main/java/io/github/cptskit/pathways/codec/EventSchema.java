package io.github.cptskit.pathways.codec;

import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.EventType;
import io.github.cptskit.pathways.engine.Field;
import io.github.cptskit.pathways.internal.Json;

/**
 * The JSON Schema (draft 2020-12) of one pathway version's event log lines, generated from its
 * definition: one branch per event type, with the data it carries. The schema is versioned with the
 * definition ({@code $id} ends in {@code /v1/event.schema.json}); a new definition version is a new
 * schema, and an instance keeps the schema of the version it started under. {@code docs/pathways/}
 * holds the generated schemas.
 *
 * <pre>{@code
 * String schema = EventSchema.of(Catalogue.find("P2").get().definition());
 * }</pre>
 */
public final class EventSchema {
    private EventSchema() {}

    /** The base of the schemas' ids. */
    public static final String BASE = "https://cptskit.github.io/schemas/pathways/";

    /**
     * @param def a definition
     * @return the schema of its log lines in the current format ({@code EventLog.FORMAT}), pretty-printed
     */
    public static String of(Definition<?> def) {
        return of(def, EventLog.FORMAT);
    }

    /**
     * @param def a definition
     * @param format the log format, 1 or 2
     * @return the schema of its log lines in that format, pretty-printed ({@code $id} ends in
     *     {@code /v1/event.schema.json} for format 1, {@code /v1/event.format-2.schema.json} for 2)
     */
    public static String of(Definition<?> def, int format) {
        if (format != 1 && format != 2) {
            throw new IllegalArgumentException("log formats are 1 and 2: " + format);
        }
        boolean v2 = format == 2;
        StringBuilder b = new StringBuilder();
        b.append("{\n");
        b.append("  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n");
        b.append("  \"$id\": \"")
                .append(BASE)
                .append(def.id())
                .append("/v")
                .append(def.version())
                .append(v2 ? "/event.format-2.schema.json\",\n" : "/event.schema.json\",\n");
        b.append("  \"title\": \"")
                .append(def.id())
                .append(" v")
                .append(def.version())
                .append(v2 ? " event (log format 2)\",\n" : " event\",\n");
        b.append("  \"type\": \"object\",\n");
        b.append(
                v2
                        ? "  \"required\": [\"format\", \"pathway\", \"version\", \"instance\", \"seq\", \"id\", \"type\", \"at\","
                                + " \"recorded\", \"patient\", \"author\", \"data\"],\n"
                        : "  \"required\": [\"pathway\", \"version\", \"type\", \"at\", \"patient\", \"data\"],\n");
        b.append("  \"additionalProperties\": false,\n");
        b.append("  \"properties\": {\n");
        if (v2) {
            b.append("    \"format\": {\"const\": 2},\n");
        }
        b.append("    \"pathway\": {\"const\": \"").append(def.id()).append("\"},\n");
        b.append("    \"version\": {\"const\": ").append(def.version()).append("},\n");
        b.append("    \"type\": {\"enum\": [")
                .append(def.eventTypes().keySet().map(k -> "\"" + k + "\"").mkString(", "))
                .append("]},\n");
        if (v2) {
            b.append("    \"instance\": {\"type\": \"string\", \"pattern\": \"^[A-Za-z0-9_.:-]{1,64}$\","
                    + " \"description\": \"the instance (stream) the event belongs to\"},\n");
            b.append("    \"seq\": {\"type\": \"integer\", \"minimum\": 1,"
                    + " \"description\": \"the event's number in its instance: 1, 2, ... without gap\"},\n");
            b.append("    \"id\": {\"type\": \"string\", \"format\": \"uuid\","
                    + " \"description\": \"the event id, a version 7 (time-ordered) UUID\"},\n");
        }
        b.append("    \"at\": {\"type\": \"string\", \"format\": \"date-time\"},\n");
        if (v2) {
            b.append("    \"recorded\": {\"type\": \"string\", \"format\": \"date-time\","
                    + " \"description\": \"when the event was recorded (after at for a late deadline expiry)\"},\n");
        }
        b.append("    \"patient\": {\"type\": \"string\", \"pattern\": \"^[A-Za-z0-9_.:-]{1,64}$\","
                + " \"description\": \"pseudonymous reference; never a NIR\"},\n");
        if (v2) {
            b.append("    \"author\": {\"type\": \"string\", \"pattern\": \"^[A-Za-z0-9_.:-]{1,64}$\","
                    + " \"description\": \"pseudonymous actor reference; never a name\"},\n");
        }
        b.append("    \"data\": {\"type\": \"object\"}\n");
        b.append("  },\n");
        b.append("  \"allOf\": [\n");
        boolean first = true;
        for (EventType t : def.eventTypes().values()) {
            if (!first) {
                b.append(",\n");
            }
            first = false;
            branch(b, t);
        }
        b.append("\n  ]\n}\n");
        return b.toString();
    }

    private static void branch(StringBuilder b, EventType t) {
        b.append("    {\n      \"if\": {\"properties\": {\"type\": {\"const\": \"")
                .append(t.name())
                .append("\"}}},\n");
        b.append("      \"then\": {\"properties\": {\"data\": {\n");
        if (!t.description().isEmpty()) {
            b.append("        \"description\": ");
            Json.quote(b, t.description());
            b.append(",\n");
        }
        b.append("        \"type\": \"object\",\n");
        b.append("        \"additionalProperties\": false,\n");
        b.append("        \"required\": [")
                .append(t.fields()
                        .filter(Field::required)
                        .map(f -> "\"" + f.name() + "\"")
                        .mkString(", "))
                .append("],\n");
        b.append("        \"properties\": {");
        boolean first = true;
        for (Field f : t.fields()) {
            b.append(first ? "\n" : ",\n");
            first = false;
            b.append("          \"").append(f.name()).append("\": {");
            property(b, f);
            b.append(", \"description\": ");
            Json.quote(b, f.description());
            b.append('}');
        }
        b.append(first ? "}\n" : "\n        }\n");
        b.append("      }}}\n    }");
    }

    private static void property(StringBuilder b, Field f) {
        switch (f.kind()) {
            case CHOICE:
                b.append("\"enum\": [")
                        .append(f.choices().map(c -> "\"" + c + "\"").mkString(", "))
                        .append(']');
                break;
            case TOKEN:
                b.append("\"type\": \"string\", \"pattern\": \"^[A-Za-z0-9_.:-]{1,64}$\"");
                break;
            case INTEGER:
                b.append("\"type\": \"string\", \"pattern\": \"^-?[0-9]{1,18}$\", \"x-minimum\": ")
                        .append(f.min())
                        .append(", \"x-maximum\": ")
                        .append(f.max());
                break;
            case BOOLEAN:
                b.append("\"enum\": [\"true\", \"false\"]");
                break;
            case DATE:
                b.append("\"type\": \"string\", \"format\": \"date\"");
                break;
            default:
                b.append("\"type\": \"string\", \"format\": \"date-time\"");
        }
    }
}
