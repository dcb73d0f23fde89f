package io.github.cptskit.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.cpts.CptsMission;
import io.github.cptskit.core.cpts.Lifecycle;
import io.github.cptskit.core.cpts.Membership;
import io.github.cptskit.core.cpts.Role;
import io.github.cptskit.core.legalform.Associate;
import io.github.cptskit.core.legalform.LegalForm;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.member.StructureId;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.github.cptskit.core.territory.Commune;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes the CPTS JSON document, the inverse of {@link CptsDocumentReader}: everything a {@link Cpts}
 * holds (mission start dates, step notes and an ARS objection, member structures' constitutions,
 * professionals' sites). The writer reads its output back and refuses, loudly, a CPTS that would not
 * come back equal (a lifecycle built by hand out of the order its methods allow).
 */
public final class CptsDocumentWriter {
    private CptsDocumentWriter() {}

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private static final Map<String, String> STAGES = Map.of(
            "LETTRE_D_INTENTION", "letterOfIntent",
            "PROJET_DE_SANTE_SUBMITTED", "projetSubmitted",
            "APPROVED_BY_ARS", "arsApproved",
            "ACI_SIGNED", "aciSigned",
            "ACTIVE", "active",
            "DISSOLVED", "dissolved");

    private static final Map<String, String> SCHEMES = Map.of(
            "FINESS", "finess",
            "FINESS_EJ", "finessEj",
            "FINESS_ET", "finessEt",
            "SIREN", "siren",
            "SIRET", "siret",
            "RNA", "rna");

    /**
     * The document of a CPTS.
     *
     * @param cpts the CPTS
     * @return the document, pretty-printed
     * @throws IllegalArgumentException if the CPTS holds what the document cannot say (use CptsModule)
     */
    public static String write(Cpts cpts) {
        var out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("name", cpts.name());
            if (cpts.legalForm().isDefined()) {
                g.writeStringField("legalForm", legalForm(cpts.legalForm().get()));
            }
            if (cpts.siren().isDefined()) {
                g.writeStringField("siren", cpts.siren().get().value());
            }
            if (cpts.constitutionDate().isDefined()) {
                g.writeStringField("constituted", cpts.constitutionDate().get().toString());
            }
            if (cpts.registrationDate().isDefined()) {
                g.writeStringField("registered", cpts.registrationDate().get().toString());
            }
            if (cpts.rna().isDefined()) {
                g.writeStringField("rna", cpts.rna().get().value());
            }
            if (!cpts.sirets().isEmpty()) {
                g.writeArrayFieldStart("sirets");
                for (var s : cpts.sirets()) {
                    g.writeString(s.value());
                }
                g.writeEndArray();
            }
            if (cpts.seat().isDefined()) {
                g.writeStringField("seat", cpts.seat().get().code());
            }
            if (!cpts.missions().isEmpty()) {
                g.writeArrayFieldStart("missions");
                for (CptsMission m : cpts.missions()) {
                    g.writeString(m.key());
                }
                g.writeEndArray();
            }
            if (!cpts.missionStarts().isEmpty()) {
                g.writeObjectFieldStart("missionStarts");
                for (CptsMission m : cpts.missions()) {
                    for (var start : cpts.missionStarts().get(m)) {
                        g.writeStringField(m.key(), start.toString());
                    }
                }
                g.writeEndObject();
            }
            g.writeArrayFieldStart("communes");
            for (Commune c : cpts.territory().communes()) {
                g.writeString(c.code());
            }
            g.writeEndArray();
            lifecycle(g, cpts.lifecycle());
            g.writeArrayFieldStart("members");
            for (Membership m : cpts.members()) {
                member(g, m);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String document = out.toString();
        var back = CptsDocumentReader.create().read(document, "written");
        if (back.isInvalid() || !back.get().equals(cpts)) {
            throw new IllegalArgumentException("the CPTS document cannot hold all of " + cpts.name()
                    + " (a lifecycle out of the order its methods allow, or a structure with a repeated"
                    + " identifier): write it with CptsModule instead");
        }
        return document;
    }

    private static String legalForm(LegalForm form) {
        if (form.equals(LegalForm.ASSOCIATION_ALSACE_MOSELLE)) {
            return "ASSOCIATION_ALSACE_MOSELLE";
        }
        if (form instanceof LegalForm.Association) {
            return "ASSOCIATION_1901";
        }
        return form.getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT);
    }

    private static void lifecycle(JsonGenerator g, Lifecycle l) throws IOException {
        g.writeObjectFieldStart("lifecycle");
        for (Lifecycle.Step s : l.history()) {
            String field = STAGES.getOrDefault(s.stage().name(), "initiative");
            g.writeStringField(field, s.date().toString());
        }
        // A note is written when it is not the one the reader's step gives ("express approval" for the
        // ARS's approval, none for the others): a tacit approval, a host's own note.
        boolean notes = false;
        for (Lifecycle.Step s : l.history()) {
            if (!s.note().equals(CptsDocumentReader.defaultNote(s.stage()))) {
                if (!notes) {
                    g.writeObjectFieldStart("notes");
                    notes = true;
                }
                g.writeStringField(STAGES.getOrDefault(s.stage().name(), "initiative"), s.note());
            }
        }
        if (notes) {
            g.writeEndObject();
        }
        for (Lifecycle.Step o : l.objection()) {
            g.writeObjectFieldStart("objection");
            g.writeStringField("date", o.date().toString());
            g.writeStringField("ground", o.note());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void profession(JsonGenerator g, Profession p) throws IOException {
        g.writeStringField("profession", p.code());
        // TRE_G15 is the default the reader assumes: only the other nomenclatures are written.
        if (p.nomenclature() != Profession.Nomenclature.TRE_G15) {
            g.writeStringField("nomenclature", p.nomenclature().name());
        }
    }

    private static void constitution(JsonGenerator g, Member.Constitution c) throws IOException {
        g.writeObjectFieldStart("constitution");
        g.writeStringField("legalForm", legalForm(c.form()));
        g.writeArrayFieldStart("associates");
        for (Associate a : c.associates()) {
            g.writeStartObject();
            g.writeBooleanField("naturalPerson", a.naturalPerson());
            for (Profession p : a.profession()) {
                profession(g, p);
            }
            for (var category : a.scicCategory()) {
                g.writeStringField("scicCategory", category.name());
            }
            g.writeBooleanField("publicBody", a.publicBody());
            g.writeNumberField("capitalPartsPerMillion", a.capitalPartsPerMillion());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void member(JsonGenerator g, Membership m) throws IOException {
        g.writeStartObject();
        if (m.member() instanceof Member.HealthProfessional p) {
            g.writeStringField("type", "professional");
            g.writeStringField("idnps", p.id().value());
            profession(g, p.profession());
            g.writeArrayFieldStart("specialties");
            for (Specialty s : p.specialties()) {
                g.writeString(s.code());
            }
            g.writeEndArray();
            g.writeStringField("mode", p.mode().name());
            if (!p.practisesAt().isEmpty()) {
                // As cpts members import writes them: "FINESS_ET:010000024".
                g.writeArrayFieldStart("practisesAt");
                for (StructureId site : p.practisesAt()) {
                    g.writeString(site.toString());
                }
                g.writeEndArray();
            }
        } else if (m.member() instanceof Member.Structure s) {
            g.writeStringField("type", "structure");
            g.writeStringField("kind", s.kind().name());
            g.writeStringField("name", s.name());
            for (StructureId id : s.ids()) {
                g.writeStringField(SCHEMES.get(id.scheme()), id.value());
            }
            for (Member.Constitution c : s.constitution()) {
                constitution(g, c);
            }
        }
        g.writeArrayFieldStart("roles");
        for (Role r : m.roles()) {
            g.writeString(r.name());
        }
        g.writeEndArray();
        g.writeStringField("joined", m.joined().toString());
        if (m.left().isDefined()) {
            g.writeStringField("left", m.left().get().toString());
        }
        g.writeEndObject();
    }
}
