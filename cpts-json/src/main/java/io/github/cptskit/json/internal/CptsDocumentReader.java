package io.github.cptskit.json.internal;

import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.cpts.Lifecycle;
import io.github.cptskit.core.cpts.Role;
import io.github.cptskit.core.identifier.Finess;
import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.identifier.Rna;
import io.github.cptskit.core.identifier.Siren;
import io.github.cptskit.core.identifier.Siret;
import io.github.cptskit.core.legalform.Associate;
import io.github.cptskit.core.legalform.LegalForm;
import io.github.cptskit.core.legalform.ScicCategory;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.member.StructureId;
import io.github.cptskit.core.member.StructureKind;
import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.core.territory.Territory;
import io.github.cptskit.json.problem.JsonProblem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/** Reads the CPTS JSON document (docs/json.md, schema cpts-document.schema.json): one reader per document. */
public final class CptsDocumentReader {

    /** @return a reader for one document */
    public static CptsDocumentReader create() {
        return new CptsDocumentReader();
    }

    private CptsDocumentReader() {}

    private final java.util.List<Problem> problems = new java.util.ArrayList<>();
    private String source;

    /**
     * The CPTS a JSON document describes, or every problem found, located.
     *
     * @param content the document
     * @param sourceName the file name shown in locations
     * @return the CPTS or the problems
     */
    public Validation<Seq<Problem>, Cpts> read(String content, String sourceName) {
        source = sourceName;
        Cpts cpts;
        try {
            cpts = build(JsonTree.parse(content, source));
        } catch (JsonTree.Invalid e) {
            return Validation.invalid(e.problems);
        }
        return problems.isEmpty() ? Validation.valid(cpts) : Validation.invalid(List.ofAll(problems));
    }

    private Cpts build(JsonTree.Node root) {
        var f = root.object();
        String name = text(root, "name");
        java.util.List<String> codes = new java.util.ArrayList<>();
        JsonTree.Node communes = f.get("communes");
        if (communes == null) {
            missing(root, "communes");
        } else {
            array(communes, "communes").forEach(c -> codes.add(c.text() == null ? "" : c.text()));
        }
        Validation<Seq<Problem>, Territory> territory =
                CommuneRegistry.bundled().territory(codes);
        if (territory.isInvalid()) {
            territory.getError().forEach(p -> problems.add(p.at(communes.at(source))));
        }
        Lifecycle lifecycle = lifecycle(f.get("lifecycle"), root);
        Cpts cpts = Cpts.of(
                        name == null ? "" : name,
                        territory.getOrElse(Territory.empty()),
                        lifecycle.history().head().date())
                .withLifecycle(lifecycle);
        JsonTree.Node form = f.get("legalForm");
        if (form != null) {
            LegalForm lf = legalForm(form);
            if (lf != null) {
                cpts = cpts.withLegalForm(lf);
            }
        }
        JsonTree.Node siren = f.get("siren");
        if (siren != null) {
            Siren s = typed(siren, Siren::parse);
            if (s != null) {
                cpts = cpts.withSiren(io.vavr.control.Option.some(s));
            }
        }
        if (f.containsKey("constituted")) {
            LocalDate d = date(root, "constituted");
            if (d != null) {
                cpts = cpts.withConstitutionDate(io.vavr.control.Option.some(d));
            }
        }
        if (f.containsKey("registered")) {
            LocalDate d = date(root, "registered");
            if (d != null) {
                cpts = cpts.withRegistrationDate(io.vavr.control.Option.some(d));
            }
        }
        JsonTree.Node rna = f.get("rna");
        if (rna != null) {
            Rna r = typed(rna, Rna::parse);
            if (r != null) {
                cpts = cpts.withRna(io.vavr.control.Option.some(r));
            }
        }
        JsonTree.Node sirets = f.get("sirets");
        if (sirets != null) {
            List<Siret> all = List.empty();
            for (JsonTree.Node n : array(sirets, "sirets")) {
                Siret st = typed(n, Siret::parse);
                if (st != null) {
                    all = all.append(st);
                }
            }
            cpts = cpts.withSirets(all);
        }
        JsonTree.Node seat = f.get("seat");
        if (seat != null) {
            String code = seat.text() == null ? "" : seat.text();
            var commune = CommuneRegistry.bundled().find(code);
            if (commune.isEmpty()) {
                bad(JsonProblem.SEAT_UNKNOWN_COMMUNE, seat);
            } else {
                cpts = cpts.withSeat(commune);
            }
        }
        JsonTree.Node missions = f.get("missions");
        if (missions != null) {
            List<io.github.cptskit.core.cpts.CptsMission> typedMissions = List.empty();
            for (JsonTree.Node n : array(missions, "missions")) {
                var m = io.github.cptskit.core.cpts.CptsMission.parse(n.text() == null ? "" : n.text());
                if (m.isInvalid()) {
                    m.getError().forEach(e -> problems.add(e.at(n.at(source))));
                } else {
                    typedMissions = typedMissions.append(m.get());
                }
            }
            cpts = cpts.withMissions(typedMissions);
        }
        JsonTree.Node starts = f.get("missionStarts");
        if (starts != null) {
            for (var e : object(starts, "missionStarts").entrySet()) {
                var m = io.github.cptskit.core.cpts.CptsMission.parse(e.getKey());
                if (m.isInvalid()) {
                    m.getError().forEach(p -> problems.add(p.at(e.getValue().at(source))));
                    continue;
                }
                LocalDate d = date(starts, e.getKey());
                if (d != null) {
                    cpts = cpts.withMissionStarted(m.get(), d);
                }
            }
        }
        JsonTree.Node members = f.get("members");
        for (JsonTree.Node m : members == null ? java.util.List.<JsonTree.Node>of() : array(members, "members")) {
            Either<Void, Member> member = member(m);
            // the membership's own fields are checked even when the member is not valid: every problem at once
            Role[] roles = m.object().containsKey("roles")
                    ? array(m.object().get("roles"), "roles").stream()
                            .map(r -> role(r))
                            .filter(r -> r != null)
                            .toArray(Role[]::new)
                    : new Role[0];
            LocalDate joined = m.object().containsKey("joined") ? date(m, "joined") : null;
            LocalDate from = joined == null ? cpts.initiative() : joined;
            LocalDate left = m.object().containsKey("left") ? date(m, "left") : null;
            if (left != null && !left.isAfter(from)) {
                bad(JsonProblem.MEMBER_LEFT_BEFORE_JOINING, m.object().get("left"), from);
            }
            if (member.isRight()) {
                var membership = io.github.cptskit.core.cpts.Membership.of(member.get(), from, roles);
                cpts = cpts.withMembership(left != null && left.isAfter(from) ? membership.leftOn(left) : membership);
            }
        }
        return cpts;
    }

    private LegalForm legalForm(JsonTree.Node form) {
        return switch (String.valueOf(form.text())) {
            case "ASSOCIATION_1901" -> LegalForm.ASSOCIATION_1901;
            case "ASSOCIATION_ALSACE_MOSELLE" -> LegalForm.ASSOCIATION_ALSACE_MOSELLE;
            case "SISA" -> LegalForm.SISA;
            case "SCIC" -> LegalForm.SCIC;
            case "GIE" -> LegalForm.GIE;
            default -> {
                bad(
                        JsonProblem.LEGAL_FORM_UNKNOWN,
                        form,
                        "ASSOCIATION_1901, ASSOCIATION_ALSACE_MOSELLE, SISA, SCIC, GIE");
                yield null;
            }
        };
    }

    /**
     * The note the lifecycle's own step gives a stage ("express approval" for the ARS's approval,
     * none for the others): the document writes a step's note only when it differs.
     *
     * @param stage the stage
     * @return the note
     */
    public static String defaultNote(io.github.cptskit.core.cpts.Stage stage) {
        return stage == io.github.cptskit.core.cpts.Stage.APPROVED_BY_ARS ? "express approval" : "";
    }

    /** A profession and its nomenclature (TRE_G15 unless given), or null with the problem reported. */
    private Profession profession(JsonTree.Node m) {
        var f = m.object();
        JsonTree.Node p = f.get("profession");
        if (p == null) {
            missing(m, "profession");
            return null;
        }
        // "nomenclature" (TRE_G15 unless given) lets cpts members import write TRE_R95/R94 professions.
        JsonTree.Node n = f.get("nomenclature");
        var nomenclature = n == null
                ? io.vavr.control.Option.some(Profession.Nomenclature.TRE_G15)
                : List.of(Profession.Nomenclature.values()).find(x -> x.name().equals(n.text()));
        if (nomenclature.isEmpty()) {
            bad(JsonProblem.NOMENCLATURE_UNKNOWN, n);
            return null;
        }
        var v = Profession.ofCode(nomenclature.get(), String.valueOf(p.text()));
        if (v.isInvalid()) {
            v.getError().forEach(e -> problems.add(e.at(p.at(source))));
            return null;
        }
        return v.get();
    }

    /** A professional's site as cpts members import writes it: {@code "FINESS_ET:010000024"}. */
    private StructureId site(JsonTree.Node n) {
        String text = n.text() == null ? "" : n.text();
        int colon = text.indexOf(':');
        String field = colon < 0
                ? null
                : java.util.Map.of(
                                "FINESS", "finess",
                                "FINESS_EJ", "finessEj",
                                "FINESS_ET", "finessEt",
                                "SIRET", "siret",
                                "SIREN", "siren",
                                "RNA", "rna")
                        .get(text.substring(0, colon));
        if (field == null) {
            bad(JsonProblem.SITE_INVALID, n);
            return null;
        }
        return structureId(field, new JsonTree.Node(text.substring(colon + 1), n.line(), n.column(), n.path()));
    }

    private Boolean bool(JsonTree.Node parent, String field) {
        JsonTree.Node n = parent.object().get(field);
        if (n == null) {
            missing(parent, field);
            return null;
        }
        if (n.value() instanceof Boolean b) {
            return b;
        }
        problems.add(Problem.of(JsonProblem.BOOLEAN_EXPECTED, field).at(n.at(source)));
        return null;
    }

    private Member.Constitution constitution(JsonTree.Node c) {
        JsonTree.Node form = c.object().get("legalForm");
        LegalForm lf = null;
        if (form == null) {
            missing(c, "legalForm");
        } else {
            lf = legalForm(form);
        }
        List<Associate> associates = List.empty();
        boolean bad = false;
        JsonTree.Node list = c.object().get("associates");
        for (JsonTree.Node a : list == null ? java.util.List.<JsonTree.Node>of() : array(list, "associates")) {
            var af = a.object();
            Boolean natural = bool(a, "naturalPerson");
            Boolean publicBody = af.containsKey("publicBody") ? bool(a, "publicBody") : Boolean.FALSE;
            Profession profession = af.containsKey("profession") ? profession(a) : null;
            ScicCategory category = null;
            JsonTree.Node sc = af.get("scicCategory");
            if (sc != null) {
                try {
                    category = ScicCategory.valueOf(String.valueOf(sc.text()));
                } catch (IllegalArgumentException e) {
                    bad(
                            JsonProblem.SCIC_CATEGORY_UNKNOWN,
                            sc,
                            List.of(ScicCategory.values()).mkString(", "));
                    bad = true;
                }
            }
            int ppm = 0;
            JsonTree.Node share = af.get("capitalPartsPerMillion");
            if (share != null) {
                try {
                    ppm = Integer.parseInt(String.valueOf(share.text()));
                } catch (NumberFormatException e) {
                    ppm = -1;
                }
                if (ppm < 0 || ppm > 1_000_000) {
                    bad(JsonProblem.CAPITAL_SHARE_INVALID, share);
                    bad = true;
                }
            }
            if (natural == null || publicBody == null || (af.containsKey("profession") && profession == null) || bad) {
                bad = true;
                continue;
            }
            associates = associates.append(new Associate(
                    natural,
                    io.vavr.control.Option.of(profession),
                    io.vavr.control.Option.of(category),
                    publicBody,
                    ppm));
        }
        return lf == null || bad ? null : new Member.Constitution(lf, associates);
    }

    private Either<Void, Member> member(JsonTree.Node m) {
        var f = m.object();
        String type = text(m, "type");
        if ("professional".equals(type)) {
            Idnps id = f.containsKey("idnps") ? typed(f.get("idnps"), Idnps::parse) : null;
            if (id == null && !f.containsKey("idnps")) {
                missing(m, "idnps");
            }
            Profession profession = profession(m);
            List<Specialty> specialties = List.empty();
            if (f.containsKey("specialties")) {
                for (JsonTree.Node s : array(f.get("specialties"), "specialties")) {
                    try {
                        specialties = specialties.append(Specialty.of(String.valueOf(s.text())));
                    } catch (IllegalArgumentException e) {
                        bad(JsonProblem.SPECIALTY_UNKNOWN, s);
                    }
                }
            }
            ExerciseMode mode = ExerciseMode.LIBERAL;
            if (f.containsKey("mode")) {
                try {
                    mode = ExerciseMode.valueOf(String.valueOf(f.get("mode").text()));
                } catch (IllegalArgumentException e) {
                    bad(JsonProblem.MODE_UNKNOWN, f.get("mode"), "LIBERAL, SALARIE, MIXTE");
                }
            }
            List<StructureId> sites = List.empty();
            boolean badSite = false;
            if (f.containsKey("practisesAt")) {
                for (JsonTree.Node n : array(f.get("practisesAt"), "practisesAt")) {
                    StructureId site = site(n);
                    if (site == null) {
                        badSite = true;
                    } else {
                        sites = sites.append(site);
                    }
                }
            }
            if (id == null || profession == null || badSite) {
                return Either.left(null);
            }
            return Either.right(sites.foldLeft(
                    Member.HealthProfessional.of(id, profession, specialties, mode),
                    Member.HealthProfessional::practisingAt));
        }
        if ("structure".equals(type)) {
            StructureKind kind = null;
            String kindName = text(m, "kind");
            if (kindName != null) {
                try {
                    kind = StructureKind.valueOf(kindName);
                } catch (IllegalArgumentException e) {
                    bad(
                            JsonProblem.STRUCTURE_KIND_UNKNOWN,
                            f.get("kind"),
                            List.of(StructureKind.values()).mkString(", "));
                }
            }
            java.util.List<StructureId> ids = new java.util.ArrayList<>();
            boolean bad = false;
            for (String scheme : new String[] {"finess", "finessEj", "finessEt", "siret", "siren", "rna"}) {
                if (!f.containsKey(scheme)) {
                    continue;
                }
                StructureId id = structureId(scheme, f.get(scheme));
                if (id == null) {
                    bad = true;
                } else if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
            if (ids.isEmpty() && !bad) {
                missing(m, "finess|finessEj|finessEt|siret|siren|rna");
            }
            String name = f.containsKey("name") ? f.get("name").text() : "";
            Member.Constitution constitution = null;
            if (f.containsKey("constitution")) {
                constitution = constitution(f.get("constitution"));
                bad |= constitution == null;
            }
            if (kind == null || ids.isEmpty() || bad) {
                return Either.left(null);
            }
            Member.Structure structure = Member.Structure.builder()
                    .kind(kind)
                    .name(name == null ? "" : name)
                    .ids(List.ofAll(ids))
                    .build();
            return Either.right(
                    constitution == null
                            ? structure
                            : structure.constitutedAs(constitution.form(), constitution.associates()));
        }
        if (type != null) {
            // a missing type is reported once, as missing (text above), not also as the unknown type "null"
            bad(JsonProblem.MEMBER_TYPE, f.get("type"), "professional, structure");
        }
        return Either.left(null);
    }

    private StructureId structureId(String scheme, JsonTree.Node n) {
        return switch (scheme) {
            case "finess" ->
                java.util.Optional.ofNullable(typed(n, Finess::parse))
                        .map(StructureId::of)
                        .orElse(null);
            case "finessEj" ->
                java.util.Optional.ofNullable(typed(n, Finess::parse))
                        .map(StructureId::finessEj)
                        .orElse(null);
            case "finessEt" ->
                java.util.Optional.ofNullable(typed(n, Finess::parse))
                        .map(StructureId::finessEt)
                        .orElse(null);
            case "siret" ->
                java.util.Optional.ofNullable(typed(n, Siret::parse))
                        .map(StructureId::of)
                        .orElse(null);
            case "siren" ->
                java.util.Optional.ofNullable(typed(n, Siren::parse))
                        .map(StructureId::of)
                        .orElse(null);
            default ->
                java.util.Optional.ofNullable(typed(n, Rna::parse))
                        .map(StructureId::of)
                        .orElse(null);
        };
    }

    private Lifecycle lifecycle(JsonTree.Node n, JsonTree.Node root) {
        if (n == null) {
            missing(root, "lifecycle.initiative");
            return Lifecycle.start(LocalDate.of(2019, 1, 1));
        }
        LocalDate initiative = date(n, "initiative");
        Lifecycle l = Lifecycle.start(initiative == null ? LocalDate.of(2019, 1, 1) : initiative);
        String[] steps = {"letterOfIntent", "projetSubmitted", "arsApproved", "aciSigned", "active", "dissolved"};
        for (String step : steps) {
            if (!n.object().containsKey(step)) {
                continue;
            }
            LocalDate d = date(n, step);
            if (d == null) {
                continue;
            }
            Validation<Seq<Problem>, Lifecycle> next = switch (step) {
                case "letterOfIntent" -> l.letterOfIntent(d);
                case "projetSubmitted" -> l.submitProjet(d);
                case "arsApproved" -> l.arsApproves(d);
                case "aciSigned" -> l.signAci(d);
                case "active" -> l.activate(d);
                default -> l.dissolve(d);
            };
            if (next.isInvalid()) {
                Location at = n.object().get(step).at(source);
                next.getError().forEach(e -> problems.add(e.at(at)));
            } else {
                l = next.get();
            }
        }
        JsonTree.Node notes = n.object().get("notes");
        if (notes != null) {
            java.util.Map<String, String> fields = new java.util.HashMap<>();
            fields.put("initiative", "INITIATIVE");
            String[] stages = {
                "LETTRE_D_INTENTION",
                "PROJET_DE_SANTE_SUBMITTED",
                "APPROVED_BY_ARS",
                "ACI_SIGNED",
                "ACTIVE",
                "DISSOLVED"
            };
            for (int i = 0; i < steps.length; i++) {
                fields.put(steps[i], stages[i]);
            }
            Seq<Lifecycle.Step> history = l.history();
            for (var e : object(notes, "notes").entrySet()) {
                String stage = fields.get(e.getKey());
                String note = e.getValue().text();
                int at = stage == null
                        ? -1
                        : history.indexWhere(x -> x.stage().name().equals(stage));
                if (at < 0 || note == null) {
                    bad(JsonProblem.LIFECYCLE_NOTE_WITHOUT_STEP, e.getValue(), e.getKey());
                    continue;
                }
                Lifecycle.Step old = history.get(at);
                history = history.update(at, new Lifecycle.Step(old.stage(), old.date(), note));
            }
            l = new Lifecycle(history, l.objection());
        }
        JsonTree.Node objection = n.object().get("objection");
        if (objection != null) {
            LocalDate day = date(objection, "date");
            String ground = text(objection, "ground");
            if (day != null && ground != null) {
                l = new Lifecycle(
                        l.history(),
                        io.vavr.control.Option.some(new Lifecycle.Step(
                                io.github.cptskit.core.cpts.Stage.PROJET_DE_SANTE_SUBMITTED, day, ground)));
            }
        }
        return l;
    }

    private Role role(JsonTree.Node r) {
        try {
            return Role.valueOf(String.valueOf(r.text()));
        } catch (IllegalArgumentException e) {
            bad(JsonProblem.ROLE_UNKNOWN, r, List.of(Role.values()).mkString(", "));
            return null;
        }
    }

    private LocalDate date(JsonTree.Node parent, String field) {
        JsonTree.Node n = parent.object().get(field);
        if (n == null) {
            missing(parent, field);
            return null;
        }
        try {
            return LocalDate.parse(String.valueOf(n.text()));
        } catch (DateTimeParseException e) {
            bad(JsonProblem.DATE_INVALID, n);
            return null;
        }
    }

    private String text(JsonTree.Node parent, String field) {
        JsonTree.Node n = parent.object().get(field);
        if (n == null || n.text() == null) {
            missing(parent, field);
            return null;
        }
        return n.text();
    }

    private <T> T typed(JsonTree.Node n, Function<String, Validation<Seq<Problem>, T>> parser) {
        Validation<Seq<Problem>, T> v = parser.apply(n.text() == null ? "" : n.text());
        if (v.isInvalid()) {
            v.getError().forEach(p -> problems.add(p.at(n.at(source))));
            return null;
        }
        return v.get();
    }

    /** The elements of an array field; any other value is reported, never read as an empty array. */
    private java.util.List<JsonTree.Node> array(JsonTree.Node n, String field) {
        if (!(n.value() instanceof java.util.List)) {
            problems.add(Problem.of(JsonProblem.JSON_ARRAY_EXPECTED, field).at(n.at(source)));
        }
        return n.array();
    }

    /** The fields of an object field; any other value is reported, never read as an empty object. */
    private java.util.Map<String, JsonTree.Node> object(JsonTree.Node n, String field) {
        if (!(n.value() instanceof java.util.Map)) {
            problems.add(Problem.of(JsonProblem.JSON_OBJECT_EXPECTED, field).at(n.at(source)));
        }
        return n.object();
    }

    private void missing(JsonTree.Node parent, String field) {
        problems.add(Problem.of(JsonProblem.JSON_MISSING_FIELD, field).at(parent.at(source)));
    }

    /** A problem of a value: the entry's {0} is the value's text, then what is expected, if a fact. */
    private void bad(JsonProblem entry, JsonTree.Node n, Object... expected) {
        Object[] all = new Object[expected.length + 1];
        all[0] = n.text();
        System.arraycopy(expected, 0, all, 1, expected.length);
        problems.add(Problem.of(entry, all).at(n.at(source)));
    }
}
