package io.github.cptskit.fhir.internal;

import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** Small builders shared by the mappers. */
public final class Fhir {
    private Fhir() {}

    /**
     * A stable resource id from what identifies the resource: a name-based UUID, so that ids are valid
     * FHIR ids whatever the key's characters, and the same key always gives the same id.
     *
     * @param type the resource type
     * @param key the identifying key
     * @return the id
     */
    public static String id(String type, String key) {
        return UUID.nameUUIDFromBytes((type + "|" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /**
     * A resource with its id.
     *
     * @param resource the resource
     * @param id the id
     * @param <T> its type
     * @return the resource
     */
    public static <T extends Resource> T withId(T resource, String id) {
        resource.setId(id);
        return resource;
    }

    /**
     * A literal reference to a resource by its type and id.
     *
     * @param resource the resource, with an id
     * @return the reference
     */
    public static Reference reference(Resource resource) {
        return new Reference(resource.fhirType() + "/" + resource.getIdElement().getIdPart());
    }

    /**
     * A coded concept of one coding.
     *
     * @param system the system
     * @param code the code
     * @param display the display, or null
     * @return the concept
     */
    public static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding(system, code, display));
    }

    /**
     * An identifier.
     *
     * @param system the system
     * @param value the value
     * @param typeSystem the system of its type, or null for none
     * @param typeCode the code of its type, or null
     * @return the identifier
     */
    public static Identifier identifier(String system, String value, String typeSystem, String typeCode) {
        Identifier id = new Identifier()
                .setUse(Identifier.IdentifierUse.OFFICIAL)
                .setSystem(system)
                .setValue(value);
        if (typeCode != null) {
            id.setType(concept(typeSystem, typeCode, null));
        }
        return id;
    }

    /**
     * A period of days.
     *
     * @param first the first day
     * @param last the last day, or null while open
     * @return the period
     */
    public static Period days(LocalDate first, LocalDate last) {
        Period p = new Period().setStartElement(new DateTimeType(first.toString()));
        if (last != null) {
            p.setEndElement(new DateTimeType(last.toString()));
        }
        return p;
    }

    /**
     * The day of a date-time element written at day precision or finer.
     *
     * @param value the element, possibly empty
     * @return the day, or null
     */
    public static LocalDate day(DateTimeType value) {
        return value == null || value.isEmpty()
                ? null
                : LocalDate.parse(value.getValueAsString().substring(0, 10));
    }

    /**
     * The code of the first coding of a system among concepts.
     *
     * @param concepts the concepts
     * @param system the system
     * @return the codes of that system, in order
     */
    public static java.util.List<String> codes(Iterable<CodeableConcept> concepts, String system) {
        java.util.List<String> codes = new java.util.ArrayList<>();
        for (CodeableConcept c : concepts) {
            for (Coding coding : c.getCoding()) {
                if (system.equals(coding.getSystem()) && coding.hasCode()) {
                    codes.add(coding.getCode());
                }
            }
        }
        return codes;
    }

    /**
     * A problem located in a resource.
     *
     * @param p the problem
     * @param resource the resource
     * @param path the element's path
     * @return the located problem
     */
    public static Problem at(Problem p, Resource resource, String path) {
        String id = resource.getIdElement().getIdPart();
        return p.at(Location.of(resource.fhirType() + (id == null ? "" : "/" + id), 0, 0)
                .withPath(path));
    }
}
