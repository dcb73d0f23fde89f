package io.github.cptskit.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.cpts.CptsMission;
import io.github.cptskit.core.cpts.Lifecycle;
import io.github.cptskit.core.cpts.Membership;
import io.github.cptskit.core.cpts.Role;
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
 * Writes the CPTS JSON document, the inverse of {@link CptsDocumentReader}. The document holds less than
 * a {@link Cpts} can (no step notes, no mission start dates, no constitution of a member structure):
 * the writer reads its output back and refuses a CPTS that would not come back equal.
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
                    + " (step notes, mission start dates, a structure's constitution, sites): write it with"
                    + " CptsModule instead");
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
        g.writeEndObject();
    }

    private static void member(JsonGenerator g, Membership m) throws IOException {
        g.writeStartObject();
        if (m.member() instanceof Member.HealthProfessional p) {
            g.writeStringField("type", "professional");
            g.writeStringField("idnps", p.id().value());
            g.writeStringField("profession", p.profession().code());
            // TRE_G15 is the default the reader assumes: only the other nomenclatures are written.
            if (p.profession().nomenclature() != Profession.Nomenclature.TRE_G15) {
                g.writeStringField("nomenclature", p.profession().nomenclature().name());
            }
            g.writeArrayFieldStart("specialties");
            for (Specialty s : p.specialties()) {
                g.writeString(s.code());
            }
            g.writeEndArray();
            g.writeStringField("mode", p.mode().name());
        } else if (m.member() instanceof Member.Structure s) {
            g.writeStringField("type", "structure");
            g.writeStringField("kind", s.kind().name());
            g.writeStringField("name", s.name());
            for (StructureId id : s.ids()) {
                g.writeStringField(SCHEMES.get(id.scheme()), id.value());
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
