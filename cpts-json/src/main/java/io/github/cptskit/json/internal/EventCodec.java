package io.github.cptskit.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.PatientRef;
import io.vavr.Tuple2;
import io.vavr.collection.TreeMap;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

/**
 * A pathway event as an object of its nine fields, {@code data} an object of strings. The instants go
 * through the mapper's own {@code Instant} serializer, so the host's date settings apply.
 */
final class EventCodec {
    private EventCodec() {}

    static final class Serializer extends StdSerializer<Event> {
        Serializer() {
            super(Event.class);
        }

        @Override
        public void serialize(Event e, JsonGenerator gen, SerializerProvider provider) throws IOException {
            JsonSerializer<Object> instant = provider.findValueSerializer(Instant.class);
            gen.writeStartObject(e);
            gen.writeStringField("instance", e.instance().value());
            gen.writeNumberField("sequence", e.sequence());
            gen.writeStringField("id", e.id().toString());
            gen.writeStringField("type", e.type());
            gen.writeFieldName("at");
            instant.serialize(e.at(), gen, provider);
            gen.writeFieldName("recordedAt");
            instant.serialize(e.recordedAt(), gen, provider);
            gen.writeStringField("patient", e.patient().value());
            gen.writeStringField("author", e.author().value());
            gen.writeObjectFieldStart("data");
            for (Tuple2<String, String> d : e.data()) {
                gen.writeStringField(d._1, d._2);
            }
            gen.writeEndObject();
            gen.writeEndObject();
        }
    }

    static final class Deserializer extends StdDeserializer<Event> implements ResolvableDeserializer {
        private transient JsonDeserializer<Object> instant;

        Deserializer() {
            super(Event.class);
        }

        @Override
        public void resolve(DeserializationContext ctxt) throws JsonMappingException {
            instant = ctxt.findRootValueDeserializer(ctxt.constructType(Instant.class));
        }

        @Override
        public Event deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_OBJECT) {
                t = p.nextToken();
            }
            if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
                return (Event) ctxt.handleUnexpectedToken(Event.class, p);
            }
            String instance = null;
            String type = null;
            String patient = null;
            String author = null;
            UUID id = null;
            long sequence = 0;
            Instant at = null;
            Instant recordedAt = null;
            TreeMap<String, String> data = null;
            for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "instance" -> instance = string(p, ctxt);
                    case "sequence" -> sequence = p.getValueAsLong(-1);
                    case "id" -> id = uuid(p, ctxt);
                    case "type" -> type = string(p, ctxt);
                    case "at" -> at = (Instant) instant.deserialize(p, ctxt);
                    case "recordedAt" -> recordedAt = (Instant) instant.deserialize(p, ctxt);
                    case "patient" -> patient = string(p, ctxt);
                    case "author" -> author = string(p, ctxt);
                    case "data" -> data = data(p, ctxt);
                    default -> ctxt.handleUnknownProperty(p, this, Event.class, name);
                }
            }
            if (instance == null
                    || type == null
                    || patient == null
                    || author == null
                    || id == null
                    || at == null
                    || recordedAt == null
                    || data == null
                    || sequence < 1) {
                return (Event) ctxt.reportInputMismatch(
                        this,
                        "an event needs instance, sequence (1 or more), id, type, at, recordedAt, patient, author"
                                + " and data");
            }
            try {
                return Event.builder()
                        .instance(new InstanceId(instance))
                        .sequence(sequence)
                        .id(id)
                        .type(type)
                        .at(at)
                        .recordedAt(recordedAt)
                        .patient(new PatientRef(patient))
                        .author(new ActorRef(author))
                        .data(data)
                        .build();
            } catch (IllegalArgumentException e) {
                return (Event) ctxt.reportInputMismatch(this, e.getMessage());
            }
        }

        private static String string(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            return p.getText();
        }

        private static UUID uuid(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = string(p, ctxt);
            try {
                return UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                throw ctxt.weirdStringException(text, UUID.class, "not a UUID");
            }
        }

        private static TreeMap<String, String> data(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (TreeMap<String, String>) ctxt.handleUnexpectedToken(TreeMap.class, p);
            }
            var data = TreeMap.<String, String>empty();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                data = data.put(key, string(p, ctxt));
            }
            return data;
        }
    }
}
