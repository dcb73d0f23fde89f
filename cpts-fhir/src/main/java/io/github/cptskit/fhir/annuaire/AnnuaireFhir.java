package io.github.cptskit.fhir.annuaire;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.fhir.CptsFhir;
import io.github.cptskit.fhir.problem.FhirProblem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;

/**
 * Reads the Annuaire Santé's FHIR {@code Practitioner} and {@code PractitionerRole} resources, as a
 * JSON {@code Bundle} (a page of the Annuaire's FHIR API, with its {@code entry} array) or as NDJSON
 * (one resource a line, as a bulk export writes them), as a stream: the JSON is read token by token and
 * one resource at a time is parsed by HAPI, never the whole document. Each practitioner becomes a
 * {@link Member.HealthProfessional} with the roles that refer to it
 * ({@link CptsFhir#professional}: IDNPS, TRE_G15 profession, TRE_R38 specialties of the roles or of the
 * practitioner's savoir-faire, TRE_R23 modes); a practitioner that does not map, or an entry that is
 * not FHIR, is refused with its line and coded problems. Other resource types are counted as read
 * and ignored ({@code imported + refused} counts the practitioners and the bad entries).
 *
 * <p>The roles are joined to their practitioner by its {@code Practitioner/id} reference, so the
 * practitioners and roles of one input are held until its end: feed it a page, or a territory's
 * export, rather than the whole country. The sites of the Annuaire's roles are literal references to
 * its {@code Organization}s, which this reader does not resolve: the members it gives have no
 * {@code practisesAt}.
 *
 * <pre>{@code
 * AnnuaireFhir.read(Files.newInputStream(page), "page1.json", members::add, refused -> report(refused));
 * }</pre>
 */
public final class AnnuaireFhir {
    private AnnuaireFhir() {}

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /**
     * Reads practitioners and their roles.
     *
     * @param in a JSON Bundle or NDJSON, read to its end but not closed
     * @param source the file name for the problems' locations
     * @param accepted receives each professional, in the order of the practitioners
     * @param refused receives each refused practitioner or entry
     * @return the counts (practitioners and bad entries), or {@code ANNUAIRE_FHIR_SYNTAX} when the
     *     JSON itself is broken (the entries before the break are delivered)
     * @throws IOException if the stream cannot be read
     */
    public static Validation<Seq<Problem>, ImportSummary> read(
            InputStream in, String source, Consumer<Member.HealthProfessional> accepted, Consumer<RefusedLine> refused)
            throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(accepted, "accepted");
        Objects.requireNonNull(refused, "refused");
        IParser fhir = CptsFhir.context().newJsonParser();
        Map<String, Practitioner> practitioners = new LinkedHashMap<>();
        Map<String, Long> lines = new LinkedHashMap<>();
        Map<String, java.util.List<PractitionerRole>> roles = new LinkedHashMap<>();
        long[] bad = {0};
        Consumer<RefusedLine> badEntry = r -> {
            bad[0]++;
            refused.accept(r);
        };
        try (JsonParser p = JSON.createParser(in)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.START_OBJECT) {
                    throw syntax(p, "a JSON object expected");
                }
                // A Bundle's resources are in entry[].resource, each parsed as it comes; the other
                // fields of the object are kept, so that an NDJSON line (a resource itself) is parsed whole.
                long line = p.currentTokenLocation().getLineNr();
                StringWriter rest = new StringWriter();
                try (JsonGenerator g = JSON.createGenerator(rest)) {
                    g.writeStartObject();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        JsonToken value = p.nextToken();
                        if (name.equals("entry") && value == JsonToken.START_ARRAY) {
                            entries(p, fhir, source, badEntry, practitioners, lines, roles);
                        } else {
                            g.writeFieldName(name);
                            g.copyCurrentStructure(p);
                        }
                    }
                    g.writeEndObject();
                }
                String json = rest.toString();
                if (!json.contains("\"resourceType\":\"Bundle\"")) {
                    take(parse(fhir, json, source, line, badEntry), line, practitioners, lines, roles);
                }
            }
        } catch (JsonProcessingException e) {
            return Validation.invalid(List.of(Problem.of(FhirProblem.ANNUAIRE_FHIR_SYNTAX, e.getOriginalMessage())
                    .at(Location.of(
                            source,
                            Math.max(
                                    0,
                                    e.getLocation() == null
                                            ? 0
                                            : e.getLocation().getLineNr()),
                            Math.max(
                                    0,
                                    e.getLocation() == null
                                            ? 0
                                            : e.getLocation().getColumnNr())))));
        }
        long imported = 0;
        for (var e : practitioners.entrySet()) {
            var m = CptsFhir.professional(e.getValue(), roles.getOrDefault(e.getKey(), java.util.List.of()));
            long line = lines.get(e.getKey());
            if (m.isValid()) {
                imported++;
                accepted.accept(m.get());
            } else {
                bad[0]++;
                int l = (int) Math.min(Integer.MAX_VALUE, line);
                refused.accept(new RefusedLine(
                        line, m.getError().map(x -> x.location().isDefined() ? x : x.at(Location.of(source, l, 0)))));
            }
        }
        return Validation.valid(new ImportSummary(imported + bad[0], imported, bad[0]));
    }

    private static void entries(
            JsonParser p,
            IParser fhir,
            String source,
            Consumer<RefusedLine> badEntry,
            Map<String, Practitioner> practitioners,
            Map<String, Long> lines,
            Map<String, java.util.List<PractitionerRole>> roles)
            throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("resource") && value == JsonToken.START_OBJECT) {
                    long line = p.currentTokenLocation().getLineNr();
                    take(parse(fhir, copy(p), source, line, badEntry), line, practitioners, lines, roles);
                } else {
                    p.skipChildren();
                }
            }
        }
        if (t != JsonToken.END_ARRAY) {
            throw syntax(p, "an object expected in entry");
        }
    }

    private static void take(
            IBaseResource r,
            long line,
            Map<String, Practitioner> practitioners,
            Map<String, Long> lines,
            Map<String, java.util.List<PractitionerRole>> roles) {
        if (r instanceof Practitioner p) {
            String key = "Practitioner/" + p.getIdElement().getIdPart();
            practitioners.put(key, p);
            lines.put(key, line);
        } else if (r instanceof PractitionerRole role && role.hasPractitioner()) {
            String ref = role.getPractitioner().getReference();
            if (ref != null) {
                String key = ref.contains("/_history") ? ref.substring(0, ref.indexOf("/_history")) : ref;
                roles.computeIfAbsent(key, k -> new ArrayList<>()).add(role);
            }
        }
    }

    private static IBaseResource parse(
            IParser fhir, String json, String source, long line, Consumer<RefusedLine> refused) {
        try {
            return fhir.parseResource(json);
        } catch (DataFormatException e) {
            refused.accept(new RefusedLine(
                    Math.max(1, line),
                    List.of(Problem.of(FhirProblem.ANNUAIRE_FHIR_RESOURCE, e.getMessage())
                            .at(Location.of(source, (int) Math.min(Integer.MAX_VALUE, line), 0)))));
            return null;
        }
    }

    /** The current object, copied as text (one resource, or one Bundle page). */
    private static String copy(JsonParser p) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.copyCurrentStructure(p);
        }
        return w.toString();
    }

    private static JsonProcessingException syntax(JsonParser p, String message) {
        return new com.fasterxml.jackson.core.JsonParseException(p, message);
    }
}
