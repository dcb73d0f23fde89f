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
import org.jspecify.annotations.Nullable;

/**
 * Reads the Annuaire Santé's FHIR {@code Practitioner} and {@code PractitionerRole} resources, as a
 * JSON {@code Bundle} (a page of the Annuaire's FHIR API, with its {@code entry} array) or as NDJSON
 * (one resource a line, as a bulk export writes them), as a stream: the JSON is read token by token and
 * one resource at a time is parsed by HAPI, never the whole document. Each practitioner becomes a
 * {@link Member.HealthProfessional} with the roles that refer to it
 * ({@link CptsFhir#professional}: IDNPS, TRE_G15 profession, TRE_R38 specialties of the roles or of the
 * practitioner's savoir-faire, TRE_R23 modes). Every resource read is counted
 * ({@link ImportSummary#lines()}) as imported (a practitioner that maps, a role of an imported
 * practitioner), refused with its line and coded problems (an entry that is not FHIR,
 * {@code ANNUAIRE_FHIR_RESOURCE}; a practitioner that does not map; a second practitioner of the same id,
 * {@code ANNUAIRE_FHIR_DUPLICATE_ID}; a role whose practitioner is not imported from this input,
 * {@code ANNUAIRE_FHIR_ROLE_ORPHAN}) or skipped (another resource type); none is lost. A practitioner
 * without {@code id} is imported on its own (no role can refer to it).
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
        Resources all = new Resources(source, refused);
        try (JsonParser p = JSON.createParser(in)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.START_OBJECT) {
                    throw syntax(p, "a JSON object expected");
                }
                // A Bundle's resources are in entry[].resource, each parsed as it comes; the other
                // fields of the object are kept, so that an NDJSON line (a resource itself) is parsed whole.
                long line = p.currentTokenLocation().getLineNr();
                String type = null;
                StringWriter rest = new StringWriter();
                try (JsonGenerator g = JSON.createGenerator(rest)) {
                    g.writeStartObject();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        JsonToken value = p.nextToken();
                        if (name.equals("entry") && value == JsonToken.START_ARRAY) {
                            entries(p, fhir, all);
                        } else {
                            if (name.equals("resourceType") && value == JsonToken.VALUE_STRING) {
                                type = p.getText();
                            }
                            g.writeFieldName(name);
                            g.copyCurrentStructure(p);
                        }
                    }
                    g.writeEndObject();
                }
                if (!"Bundle".equals(type)) {
                    all.take(parse(fhir, rest.toString(), line, all), line);
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
        return Validation.valid(all.finish(accepted));
    }

    /**
     * The resources of one input: every one counted as imported, refused (with its problems) or skipped
     * (another type); practitioners and roles held until the end, to be joined.
     */
    private static final class Resources {
        private final String source;
        private final Consumer<RefusedLine> refused;
        private final Map<String, Practitioner> practitioners = new LinkedHashMap<>();
        private final Map<String, Long> lines = new LinkedHashMap<>();
        private final Map<String, java.util.List<PractitionerRole>> roles = new LinkedHashMap<>();
        private final Map<PractitionerRole, Long> roleLines = new java.util.IdentityHashMap<>();
        private long read;
        private long imported;
        private long rejected;
        private long skipped;
        private long anonymous;

        Resources(String source, Consumer<RefusedLine> refused) {
            this.source = source;
            this.refused = refused;
        }

        void refuse(long line, Problem problem) {
            rejected++;
            refused.accept(new RefusedLine(
                    Math.max(1, line), List.of(problem.location().isDefined() ? problem : problem.at(at(line)))));
        }

        Location at(long line) {
            return Location.of(source, (int) Math.min(Integer.MAX_VALUE, Math.max(1, line)), 0);
        }

        /** A parsed resource (null: unreadable, already refused). */
        void take(@Nullable IBaseResource r, long line) {
            if (r == null) {
                return;
            }
            if (r instanceof Practitioner p) {
                String key = p.getIdElement().hasIdPart()
                        ? "Practitioner/" + p.getIdElement().getIdPart()
                        // without id no role can refer to it: a key of its own
                        : "#" + ++anonymous;
                Long first = lines.get(key);
                if (first != null) {
                    refuse(line, Problem.of(FhirProblem.ANNUAIRE_FHIR_DUPLICATE_ID, key, first));
                    return;
                }
                practitioners.put(key, p);
                lines.put(key, line);
            } else if (r instanceof PractitionerRole role) {
                String ref = role.hasPractitioner() ? role.getPractitioner().getReference() : null;
                String key =
                        ref == null ? "" : ref.contains("/_history") ? ref.substring(0, ref.indexOf("/_history")) : ref;
                roles.computeIfAbsent(key, k -> new ArrayList<>()).add(role);
                roleLines.put(role, line);
            } else {
                skipped++;
            }
        }

        ImportSummary finish(Consumer<Member.HealthProfessional> accepted) {
            java.util.Set<String> done = new java.util.HashSet<>();
            for (var e : practitioners.entrySet()) {
                java.util.List<PractitionerRole> mine = roles.getOrDefault(e.getKey(), java.util.List.of());
                var m = CptsFhir.professional(e.getValue(), mine);
                long line = lines.get(e.getKey());
                if (m.isValid()) {
                    imported++;
                    done.add(e.getKey());
                    accepted.accept(m.get());
                } else {
                    rejected++;
                    refused.accept(new RefusedLine(
                            Math.max(1, line),
                            m.getError().map(x -> x.location().isDefined() ? x : x.at(at(line)))));
                }
            }
            for (var e : roles.entrySet()) {
                for (PractitionerRole role : e.getValue()) {
                    if (done.contains(e.getKey())) {
                        imported++;
                    } else {
                        String id = role.getIdElement().hasIdPart()
                                ? "PractitionerRole/" + role.getIdElement().getIdPart()
                                : "PractitionerRole";
                        refuse(
                                roleLines.get(role),
                                Problem.of(
                                        FhirProblem.ANNUAIRE_FHIR_ROLE_ORPHAN,
                                        id,
                                        e.getKey().isEmpty() ? "—" : e.getKey()));
                    }
                }
            }
            return new ImportSummary(read, imported, rejected, skipped);
        }
    }

    private static void entries(JsonParser p, IParser fhir, Resources all) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("resource") && value == JsonToken.START_OBJECT) {
                    long line = p.currentTokenLocation().getLineNr();
                    all.take(parse(fhir, copy(p), line, all), line);
                } else {
                    p.skipChildren();
                }
            }
        }
        if (t != JsonToken.END_ARRAY) {
            throw syntax(p, "an object expected in entry");
        }
    }

    private static @Nullable IBaseResource parse(IParser fhir, String json, long line, Resources all) {
        all.read++;
        try {
            return fhir.parseResource(json);
        } catch (DataFormatException e) {
            all.refuse(line, Problem.of(FhirProblem.ANNUAIRE_FHIR_RESOURCE, e.getMessage()));
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
