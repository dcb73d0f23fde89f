package io.github.cptskit.cli;

import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.cpts.Lifecycle;
import io.github.cptskit.core.cpts.Role;
import io.github.cptskit.core.identifier.Finess;
import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.identifier.Rna;
import io.github.cptskit.core.identifier.Siren;
import io.github.cptskit.core.identifier.Siret;
import io.github.cptskit.core.legalform.LegalForm;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.member.StructureId;
import io.github.cptskit.core.member.StructureKind;
import io.github.cptskit.core.membership.RuleSet;
import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.core.territory.Territory;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cpts validate}: the membership rules on a CPTS description (docs/cli.md for the JSON format). */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Runs the membership rules on a CPTS described in JSON and prints every violation (code, message,"
                + " legal reference).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no error (warnings possible)",
            "1:the CPTS breaks a rule",
            "2:bad input (file, JSON, identifier)"
        })
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CPTS.json")
    Path file;

    @Option(names = "--on", paramLabel = "DATE", description = "Judge by the law of that day (default: today)")
    LocalDate on = LocalDate.now();

    @Option(names = "--no-gp-rule", description = "Do not apply the médecin généraliste rule (not found in the law)")
    boolean noGpRule;

    private final java.util.List<Problem> problems = new java.util.ArrayList<>();
    private String source;

    @Override
    public Integer call() {
        Cpts cpts = read(UserFiles.readText(file), file.toString());
        RuleSet rules = noGpRule ? RuleSet.standard().without(RuleSet.GENERAL_PRACTITIONER) : RuleSet.standard();
        Seq<Problem> found = rules.evaluate(cpts, on, List.empty());
        PrintWriter o = Main.out();
        o.println(cpts.name() + " — " + found.count(Problem::isError) + " error(s), " + found.count(p -> !p.isError())
                + " warning(s), as of " + on);
        found.forEach(p -> o.println("  " + p.format(Main.locale())));
        o.flush();
        return found.exists(Problem::isError) ? 1 : 0;
    }

    /** The CPTS a JSON document describes, or a {@link UserError} with every problem found. */
    Cpts read(String content, String sourceName) {
        source = sourceName;
        Cpts cpts = build(JsonTree.parse(content, source));
        if (!problems.isEmpty()) {
            throw new UserError(List.ofAll(problems));
        }
        return cpts;
    }

    private Cpts build(JsonTree.Node root) {
        var f = root.object();
        String name = text(root, "name");
        java.util.List<String> codes = new java.util.ArrayList<>();
        JsonTree.Node communes = f.get("communes");
        if (communes == null) {
            missing(root, "communes");
        } else {
            communes.array().forEach(c -> codes.add(c.text() == null ? "" : c.text()));
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
            LegalForm lf = switch (String.valueOf(form.text())) {
                case "ASSOCIATION_1901" -> LegalForm.ASSOCIATION_1901;
                case "ASSOCIATION_ALSACE_MOSELLE" -> LegalForm.ASSOCIATION_ALSACE_MOSELLE;
                case "SISA" -> LegalForm.SISA;
                case "SCIC" -> LegalForm.SCIC;
                case "GIE" -> LegalForm.GIE;
                default -> {
                    bad(
                            CliProblem.LEGAL_FORM_UNKNOWN,
                            form,
                            "ASSOCIATION_1901, ASSOCIATION_ALSACE_MOSELLE, SISA, SCIC, GIE");
                    yield null;
                }
            };
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
            for (JsonTree.Node n : sirets.array()) {
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
                bad(CliProblem.SEAT_UNKNOWN_COMMUNE, seat);
            } else {
                cpts = cpts.withSeat(commune);
            }
        }
        JsonTree.Node missions = f.get("missions");
        if (missions != null) {
            List<io.github.cptskit.core.cpts.CptsMission> typedMissions = List.empty();
            for (JsonTree.Node n : missions.array()) {
                var m = io.github.cptskit.core.cpts.CptsMission.parse(n.text() == null ? "" : n.text());
                if (m.isInvalid()) {
                    m.getError().forEach(e -> problems.add(e.at(n.at(source))));
                } else {
                    typedMissions = typedMissions.append(m.get());
                }
            }
            cpts = cpts.withMissions(typedMissions);
        }
        JsonTree.Node members = f.get("members");
        for (JsonTree.Node m : members == null ? java.util.List.<JsonTree.Node>of() : members.array()) {
            Either<Void, Member> member = member(m);
            if (member.isRight()) {
                Role[] roles = m.object().containsKey("roles")
                        ? m.object().get("roles").array().stream()
                                .map(r -> role(r))
                                .filter(r -> r != null)
                                .toArray(Role[]::new)
                        : new Role[0];
                LocalDate joined = m.object().containsKey("joined") ? date(m, "joined") : null;
                var membership = io.github.cptskit.core.cpts.Membership.of(
                        member.get(), joined == null ? cpts.initiative() : joined, roles);
                if (m.object().containsKey("left")) {
                    LocalDate left = date(m, "left");
                    if (left != null && left.isAfter(membership.joined())) {
                        membership = membership.leftOn(left);
                    } else if (left != null) {
                        bad(CliProblem.MEMBER_LEFT_BEFORE_JOINING, m.object().get("left"), membership.joined());
                    }
                }
                cpts = cpts.withMembership(membership);
            }
        }
        return cpts;
    }

    private Either<Void, Member> member(JsonTree.Node m) {
        var f = m.object();
        String type = text(m, "type");
        if ("professional".equals(type)) {
            Idnps id = f.containsKey("idnps") ? typed(f.get("idnps"), Idnps::parse) : null;
            if (id == null && !f.containsKey("idnps")) {
                missing(m, "idnps");
            }
            Profession profession = null;
            JsonTree.Node p = f.get("profession");
            if (p == null) {
                missing(m, "profession");
            } else {
                // "nomenclature" (TRE_G15 unless given) lets cpts members import write TRE_R95/R94 professions.
                JsonTree.Node n = f.get("nomenclature");
                var nomenclature = n == null
                        ? io.vavr.control.Option.some(Profession.Nomenclature.TRE_G15)
                        : List.of(Profession.Nomenclature.values())
                                .find(x -> x.name().equals(n.text()));
                if (nomenclature.isEmpty()) {
                    bad(CliProblem.NOMENCLATURE_UNKNOWN, n, "TRE_G15, TRE_R95, TRE_R94");
                } else {
                    var v = Profession.ofCode(nomenclature.get(), String.valueOf(p.text()));
                    if (v.isInvalid()) {
                        v.getError().forEach(e -> problems.add(e.at(p.at(source))));
                    } else {
                        profession = v.get();
                    }
                }
            }
            List<Specialty> specialties = List.empty();
            if (f.containsKey("specialties")) {
                for (JsonTree.Node s : f.get("specialties").array()) {
                    try {
                        specialties = specialties.append(Specialty.of(String.valueOf(s.text())));
                    } catch (IllegalArgumentException e) {
                        bad(CliProblem.SPECIALTY_UNKNOWN, s);
                    }
                }
            }
            ExerciseMode mode = ExerciseMode.LIBERAL;
            if (f.containsKey("mode")) {
                try {
                    mode = ExerciseMode.valueOf(String.valueOf(f.get("mode").text()));
                } catch (IllegalArgumentException e) {
                    bad(CliProblem.MODE_UNKNOWN, f.get("mode"), "LIBERAL, SALARIE, MIXTE");
                }
            }
            return id == null || profession == null
                    ? Either.left(null)
                    : Either.right(Member.HealthProfessional.of(id, profession, specialties, mode));
        }
        if ("structure".equals(type)) {
            StructureKind kind = null;
            try {
                kind = StructureKind.valueOf(String.valueOf(text(m, "kind")));
            } catch (IllegalArgumentException e) {
                bad(
                        CliProblem.STRUCTURE_KIND_UNKNOWN,
                        f.getOrDefault("kind", m),
                        List.of(StructureKind.values()).mkString(", "));
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
            return kind == null || ids.isEmpty() || bad
                    ? Either.left(null)
                    : Either.right(Member.Structure.builder()
                            .kind(kind)
                            .name(name == null ? "" : name)
                            .ids(List.ofAll(ids))
                            .build());
        }
        bad(CliProblem.MEMBER_TYPE, f.getOrDefault("type", m), "professional, structure");
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
        return l;
    }

    private Role role(JsonTree.Node r) {
        try {
            return Role.valueOf(String.valueOf(r.text()));
        } catch (IllegalArgumentException e) {
            bad(CliProblem.ROLE_UNKNOWN, r, List.of(Role.values()).mkString(", "));
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
            bad(CliProblem.DATE_INVALID, n);
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

    private void missing(JsonTree.Node parent, String field) {
        problems.add(Problem.of(CliProblem.JSON_MISSING_FIELD, field).at(parent.at(source)));
    }

    /** A problem of a value: the entry's {0} is the value's text, then what is expected, if a fact. */
    private void bad(CliProblem entry, JsonTree.Node n, Object... expected) {
        Object[] all = new Object[expected.length + 1];
        all[0] = n.text();
        System.arraycopy(expected, 0, all, 1, expected.length);
        problems.add(Problem.of(entry, all).at(n.at(source)));
    }
}
