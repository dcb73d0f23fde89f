package io.github.cptskit.fhir;

import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.cpts.Membership;
import io.github.cptskit.core.cpts.Role;
import io.github.cptskit.core.identifier.Adeli;
import io.github.cptskit.core.identifier.Finess;
import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.identifier.Rna;
import io.github.cptskit.core.identifier.Rpps;
import io.github.cptskit.core.identifier.Siren;
import io.github.cptskit.core.identifier.Siret;
import io.github.cptskit.core.legalform.LegalForm;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.member.StructureId;
import io.github.cptskit.core.member.StructureKind;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.github.cptskit.core.territory.Commune;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.core.territory.Territory;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.SplittableRandom;

/** Random domain values from a seed: QuickTheories draws the seeds, this class the values. */
final class Domain {
    private final SplittableRandom random;

    Domain(long seed) {
        this.random = new SplittableRandom(seed);
    }

    static final CommuneRegistry COMMUNES = CommuneRegistry.bundled();
    private static final Specialty[] SPECIALTIES = {
        Specialty.SM26,
        Specialty.SM53,
        Specialty.SM54,
        Specialty.CARDIOLOGIE,
        Specialty.PEDIATRIE,
        Specialty.PSYCHIATRIE
    };

    String digits(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    static String luhn(String base) {
        for (char k = '0'; k <= '9'; k++) {
            String s = base + k;
            int sum = 0;
            for (int i = 0; i < s.length(); i++) {
                int d = s.charAt(s.length() - 1 - i) - '0';
                if (i % 2 == 1) {
                    d = d * 2 > 9 ? d * 2 - 9 : d * 2;
                }
                sum += d;
            }
            if (sum % 10 == 0) {
                return s;
            }
        }
        throw new AssertionError();
    }

    Idnps idnps() {
        return random.nextBoolean() ? Idnps.of(Rpps.of(luhn("1" + digits(9)))) : Idnps.of(Adeli.of(digits(9)));
    }

    Siren siren() {
        String s;
        do {
            s = luhn(digits(8));
        } while (s.startsWith("356"));
        return Siren.of(s);
    }

    Siret siret() {
        return Siret.of(luhn(siren().value() + digits(4)));
    }

    Finess finess() {
        int d = 1 + random.nextInt(95);
        if (d == 20) {
            d = 21;
        }
        return Finess.of(String.format("%02d", d) + digits(7));
    }

    Rna rna() {
        return Rna.of("W" + digits(9));
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    StructureId structureId() {
        return switch (random.nextInt(6)) {
            case 0 -> StructureId.of(finess());
            case 1 -> StructureId.finessEj(finess());
            case 2 -> StructureId.finessEt(finess());
            case 3 -> StructureId.of(siren());
            case 4 -> StructureId.of(siret());
            default -> StructureId.of(rna());
        };
    }

    Member.HealthProfessional professional() {
        Profession p = pick(Profession.values());
        Seq<Specialty> specialties = p == Profession.MEDECIN
                ? List.of(pick(SPECIALTIES), pick(SPECIALTIES)).distinct()
                : List.empty();
        Seq<StructureId> sites = List.fill(random.nextInt(3), this::structureId).distinct();
        return Member.HealthProfessional.builder()
                .id(idnps())
                .profession(p)
                .specialties(specialties)
                .mode(pick(ExerciseMode.values()))
                .practisesAt(sites)
                .build();
    }

    Member.Structure structure() {
        Seq<StructureId> ids =
                List.fill(1 + random.nextInt(3), this::structureId).distinct();
        return Member.Structure.builder()
                .kind(pick(StructureKind.values()))
                .name(random.nextInt(5) == 0 ? "" : "Structure " + digits(4))
                .ids(ids)
                .build();
    }

    Commune commune() {
        return COMMUNES.communes().get(random.nextInt(COMMUNES.communes().size()));
    }

    LocalDate day() {
        return LocalDate.of(2019, 1, 1).plusDays(random.nextInt(2500));
    }

    Membership membership(LocalDate from) {
        Member m = random.nextBoolean() ? professional() : structure();
        LocalDate joined = from.plusDays(random.nextInt(400));
        Membership ms = Membership.of(
                m,
                joined,
                List.fill(random.nextInt(3), () -> pick(Role.values()))
                        .distinct()
                        .toJavaArray(Role[]::new));
        return random.nextInt(3) == 0 ? ms.leftOn(joined.plusDays(1 + random.nextInt(700))) : ms;
    }

    Cpts cpts() {
        Commune seat = commune();
        LocalDate initiative = day();
        Cpts c = Cpts.of("CPTS " + seat.name(), Territory.of(seat), initiative);
        if (random.nextInt(4) > 0) {
            c = c.constituted(LegalForm.ASSOCIATION_1901, siren(), initiative.plusDays(random.nextInt(200)));
            c = c.withSirets(List.fill(random.nextInt(3), this::siret).distinct())
                    .withRna(random.nextBoolean() ? Option.some(rna()) : Option.none())
                    .withSeat(Option.some(seat));
        }
        if (random.nextInt(4) == 0) {
            c = c.withLifecycle(c.lifecycle().dissolve(initiative.plusDays(900)).getOrElse(c.lifecycle()));
        }
        for (int i = random.nextInt(6); i > 0; i--) {
            c = c.withMembership(membership(initiative));
        }
        return c;
    }
}
