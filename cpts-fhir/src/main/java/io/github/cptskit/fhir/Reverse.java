package io.github.cptskit.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import io.github.cptskit.core.identifier.Finess;
import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.identifier.InseeCode;
import io.github.cptskit.core.identifier.Rna;
import io.github.cptskit.core.identifier.Siren;
import io.github.cptskit.core.identifier.Siret;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.member.StructureId;
import io.github.cptskit.core.member.StructureKind;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.github.cptskit.fhir.internal.Fhir;
import io.github.cptskit.fhir.problem.FhirProblem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Resource;

/** FHIR → domain: every problem found, each located in its resource. */
final class Reverse {
    private Reverse() {}

    static Validation<Seq<Problem>, Registration> registration(Organization o) {
        java.util.List<Problem> problems = new ArrayList<>();
        java.util.List<StructureId> ids = identifiers(o, problems);
        Option<InseeCode> seat = Option.none();
        for (int i = 0; i < o.getAddress().size(); i++) {
            Address a = o.getAddress().get(i);
            Extension e = a.getExtensionByUrl(FhirSystems.ADDRESS_INSEE_CODE);
            if (e != null && e.getValue() instanceof Coding c) {
                var code = InseeCode.parse(String.valueOf(c.getCode()));
                if (code.isInvalid()) {
                    int at = i;
                    code.getError().forEach(p -> problems.add(Fhir.at(p, o, "address[" + at + "].extension")));
                } else {
                    seat = Option.some(code.get());
                }
            }
        }
        Option<LocalDate> start = Option.none();
        Option<LocalDate> end = Option.none();
        Extension period = o.getExtensionByUrl(FhirSystems.ORGANIZATION_PERIOD);
        if (period != null && period.getValue() instanceof Period p) {
            start = day(p.getStartElement(), o, "extension.valuePeriod.start", problems);
            end = day(p.getEndElement(), o, "extension.valuePeriod.end", problems);
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(List.ofAll(problems));
        }
        boolean aci = !Fhir.codes(o.getType(), FhirSystems.ENGAGEMENT).stream()
                .filter(FhirSystems.ENGAGEMENT_ACI::equals)
                .toList()
                .isEmpty();
        Seq<StructureId> all = List.ofAll(ids);
        return Validation.valid(new Registration(
                o.hasName() ? o.getName() : "",
                all.find(i -> i.scheme().equals("SIREN")).map(i -> Siren.of(i.value())),
                all.filter(i -> i.scheme().equals("SIRET")).map(i -> Siret.of(i.value())),
                all.find(i -> i.scheme().equals("RNA")).map(i -> Rna.of(i.value())),
                seat,
                !o.hasActive() || o.getActive(),
                start,
                end,
                aci));
    }

    static Validation<Seq<Problem>, Member.Structure> structure(Organization o) {
        java.util.List<Problem> problems = new ArrayList<>();
        java.util.List<StructureId> ids = identifiers(o, problems);
        java.util.List<String> kinds = Fhir.codes(o.getType(), FhirSystems.ORGANIZATION_KIND);
        StructureKind kind = null;
        if (kinds.isEmpty()) {
            problems.add(Fhir.at(Problem.of(FhirProblem.FHIR_KIND_MISSING, FhirSystems.ORGANIZATION_KIND), o, "type"));
        } else {
            try {
                kind = StructureKind.valueOf(kinds.get(0));
            } catch (IllegalArgumentException e) {
                problems.add(Fhir.at(unknownCode(FhirSystems.ORGANIZATION_KIND, kinds.get(0)), o, "type"));
            }
        }
        if (ids.isEmpty()) {
            problems.add(Fhir.at(Problem.of(FhirProblem.FHIR_IDENTIFIER_MISSING_ORGANIZATION), o, "identifier"));
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(List.ofAll(problems));
        }
        return Validation.valid(Member.Structure.builder()
                .kind(kind)
                .name(o.hasName() ? o.getName() : "")
                .ids(List.ofAll(ids).distinct())
                .build());
    }

    static Validation<Seq<Problem>, Member.HealthProfessional> professional(
            Practitioner p, Seq<PractitionerRole> roles) {
        java.util.List<Problem> problems = new ArrayList<>();
        Idnps id = null;
        for (int i = 0; i < p.getIdentifier().size() && id == null; i++) {
            Identifier identifier = p.getIdentifier().get(i);
            if (FhirSystems.IDNPS.equals(identifier.getSystem())) {
                var v = Idnps.parse(String.valueOf(identifier.getValue()));
                int at = i;
                if (v.isInvalid()) {
                    v.getError().forEach(x -> problems.add(Fhir.at(x, p, "identifier[" + at + "]")));
                    id = null;
                    break;
                }
                id = v.get();
            }
        }
        boolean idnpsSeen = p.getIdentifier().stream().anyMatch(i -> FhirSystems.IDNPS.equals(i.getSystem()));
        if (!idnpsSeen) {
            problems.add(Fhir.at(
                    Problem.of(FhirProblem.FHIR_IDENTIFIER_MISSING_PRACTITIONER, FhirSystems.IDNPS), p, "identifier"));
        }
        Profession profession = null;
        boolean professionCoded = false;
        for (int i = 0; i < p.getQualification().size() && profession == null; i++) {
            for (Coding c : p.getQualification().get(i).getCode().getCoding()) {
                var v = profession(c);
                if (v.isDefined()) {
                    professionCoded = true;
                    if (v.get().isInvalid()) {
                        int at = i;
                        v.get().getError().forEach(e -> problems.add(Fhir.at(e, p, "qualification[" + at + "]")));
                    } else {
                        profession = v.get().get();
                    }
                    break;
                }
            }
        }
        // a coded profession that is invalid is reported above; none at all is reported even when the
        // identifier has problems too (every problem at once)
        if (!professionCoded) {
            problems.add(Fhir.at(Problem.of(FhirProblem.FHIR_PROFESSION_MISSING), p, "qualification"));
        }
        java.util.LinkedHashSet<Specialty> specialties = new java.util.LinkedHashSet<>();
        java.util.Set<String> modes = new java.util.TreeSet<>();
        java.util.LinkedHashSet<StructureId> sites = new java.util.LinkedHashSet<>();
        // The Annuaire puts ordinal specialties among the practitioner's savoir-faire qualifications.
        for (var q : p.getQualification()) {
            for (String code : Fhir.codes(List.of(q.getCode()), FhirSystems.SPECIALTY)) {
                try {
                    specialties.add(Specialty.of(code));
                } catch (IllegalArgumentException e) {
                    problems.add(Fhir.at(unknownCode(FhirSystems.SPECIALTY, code), p, "qualification"));
                }
            }
        }
        for (PractitionerRole r : roles) {
            for (String code : Fhir.codes(r.getSpecialty(), FhirSystems.SPECIALTY)) {
                try {
                    specialties.add(Specialty.of(code));
                } catch (IllegalArgumentException e) {
                    problems.add(Fhir.at(unknownCode(FhirSystems.SPECIALTY, code), r, "specialty"));
                }
            }
            for (String code : Fhir.codes(r.getCode(), FhirSystems.EXERCISE_MODE)) {
                if (code.equals("L") || code.equals("S")) {
                    modes.add(code);
                } else {
                    problems.add(Fhir.at(unknownCode(FhirSystems.EXERCISE_MODE, code), r, "code"));
                }
            }
            if (r.hasOrganization() && r.getOrganization().hasIdentifier()) {
                java.util.List<Problem> siteProblems = new ArrayList<>();
                StructureId site =
                        structureId(r.getOrganization().getIdentifier(), r, "organization.identifier", siteProblems);
                problems.addAll(siteProblems);
                if (site != null) {
                    sites.add(site);
                }
            }
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(List.ofAll(problems));
        }
        ExerciseMode mode = modes.size() == 2
                ? ExerciseMode.MIXTE
                : modes.contains("S") ? ExerciseMode.SALARIE : ExerciseMode.LIBERAL;
        return Validation.valid(Member.HealthProfessional.builder()
                .id(id)
                .profession(profession)
                .specialties(List.ofAll(specialties))
                .mode(mode)
                .practisesAt(List.ofAll(sites))
                .build());
    }

    /**
     * The profession of a coding, if its system is one of the professions' (TRE_G15, TRE_R94, TRE_R95); a
     * coding without system (cptskit before TRE_R94/R95 had their URLs) is read as TRE_R95, else TRE_R94.
     */
    private static Option<Validation<Seq<Problem>, Profession>> profession(Coding c) {
        for (Profession.Nomenclature n : Profession.Nomenclature.values()) {
            if (CptsFhir.professionSystem(n).equals(c.getSystem())) {
                return Option.some(Profession.ofCode(n, String.valueOf(c.getCode())));
            }
        }
        if (!c.hasSystem() && c.hasCode()) {
            var r95 = Profession.ofCode(Profession.Nomenclature.TRE_R95, c.getCode());
            return Option.some(r95.isValid() ? r95 : Profession.ofCode(Profession.Nomenclature.TRE_R94, c.getCode()));
        }
        return Option.none();
    }

    private static java.util.List<StructureId> identifiers(Organization o, java.util.List<Problem> problems) {
        java.util.List<StructureId> ids = new ArrayList<>();
        for (int i = 0; i < o.getIdentifier().size(); i++) {
            StructureId id = structureId(o.getIdentifier().get(i), o, "identifier[" + i + "]", problems);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** A structure's identifier from a FHIR identifier of a known system, null if unknown or invalid. */
    private static StructureId structureId(
            Identifier identifier, Resource in, String path, java.util.List<Problem> problems) {
        String system = String.valueOf(identifier.getSystem());
        String value = String.valueOf(identifier.getValue());
        java.util.List<String> types = Fhir.codes(List.of(identifier.getType()), FhirSystems.IDENTIFIER_TYPE);
        String type = types.isEmpty() ? "" : types.get(0);
        Validation<Seq<Problem>, StructureId> id;
        if (system.equals(FhirSystems.FINESS)) {
            id = Finess.parse(value).map(f -> switch (type) {
                case FhirSystems.TYPE_FINESS_EJ -> StructureId.finessEj(f);
                case FhirSystems.TYPE_FINESS_ET -> StructureId.finessEt(f);
                default -> StructureId.of(f);
            });
        } else if (system.equals(FhirSystems.SIRENE) && type.equals(FhirSystems.TYPE_SIREN)) {
            id = Siren.parse(value).map(StructureId::of);
        } else if (system.equals(FhirSystems.SIRENE)) {
            // FR Core tells SIREN from SIRET by the type; a number without type is told by its length.
            id = type.equals(FhirSystems.TYPE_SIRET) || value.length() != 9
                    ? Siret.parse(value).map(StructureId::of)
                    : Siren.parse(value).map(StructureId::of);
        } else if (system.equals(FhirSystems.RNA)) {
            id = Rna.parse(value).map(StructureId::of);
        } else {
            return null;
        }
        if (id.isInvalid()) {
            id.getError().forEach(p -> problems.add(Fhir.at(p, in, path)));
            return null;
        }
        return id.get();
    }

    /** The day of a date-time, none if absent; a year or a month alone is no day: a problem. */
    private static Option<LocalDate> day(
            DateTimeType value, Resource in, String path, java.util.List<Problem> problems) {
        if (value.isEmpty()) {
            return Option.none();
        }
        if (value.getPrecision().compareTo(TemporalPrecisionEnum.DAY) < 0) {
            problems.add(Fhir.at(Problem.of(FhirProblem.FHIR_DATE_NOT_A_DAY, value.getValueAsString()), in, path));
            return Option.none();
        }
        return Option.some(Fhir.day(value));
    }

    private static Problem unknownCode(String system, String code) {
        return Problem.of(FhirProblem.FHIR_CODE_UNKNOWN, system, code);
    }
}
