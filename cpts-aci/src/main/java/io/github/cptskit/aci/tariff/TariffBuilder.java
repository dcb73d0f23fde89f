package io.github.cptskit.aci.tariff;

import io.github.cptskit.aci.problem.AciProblem;
import io.github.cptskit.core.law.Sourced;
import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.SizeBand;
import io.github.cptskit.core.territory.SizeBandScale;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;

/** Turns the raw parameters in force on a day into a typed {@link Tariff}, reporting every problem. */
final class TariffBuilder {

    private final SortedMap<String, Sourced<String>> values;
    private final String version;
    private List<Problem> problems = List.empty();

    private TariffBuilder(SortedMap<String, Sourced<String>> values, String version) {
        this.values = values;
        this.version = version;
    }

    static Validation<Seq<Problem>, Tariff> build(
            LocalDate day, String version, Sourced<SizeBandScale> scale, SortedMap<String, Sourced<String>> values) {
        return new TariffBuilder(values, version).build(day, scale);
    }

    private Validation<Seq<Problem>, Tariff> build(LocalDate day, Sourced<SizeBandScale> scale) {
        int bands = SizeBand.values().length;
        int missions = Mission.values().length;
        long[] fonctionnement = new long[bands];
        long[] ceiling = new long[bands];
        long[][] fixed = new long[missions][bands];
        long[][] variable = new long[missions][bands];
        boolean[] inForce = new boolean[missions];
        boolean[] mandatory = new boolean[missions];
        int[] start = new int[missions];
        int[] deploy = new int[missions];
        for (SizeBand b : SizeBand.values()) {
            fonctionnement[b.ordinal()] = amount("fonctionnement.taille" + b.number());
            ceiling[b.ordinal()] = amount("plafond.taille" + b.number());
        }
        for (Mission m : Mission.values()) {
            String prefix = "missions." + m.key() + ".";
            Option<Sourced<String>> flag = values.get(prefix + "obligatoire");
            if (flag.isEmpty()) {
                continue; // the mission does not exist yet in the texts in force
            }
            int i = m.ordinal();
            inForce[i] = true;
            mandatory[i] = check(prefix + "obligatoire", flag.get())
                    && ParameterKind.flag(flag.get().value());
            for (SizeBand b : SizeBand.values()) {
                fixed[i][b.ordinal()] = amount(prefix + "fixe.taille" + b.number());
                variable[i][b.ordinal()] = amount(prefix + "variable.taille" + b.number());
            }
            if (mandatory[i]) {
                start[i] = (int) integerValue(prefix + "demarrage.mois");
                deploy[i] = (int) integerValue(prefix + "deploiement.mois");
            }
        }
        int advance = (int) integerValue("paiement.avance.pourcentage");
        ProRata proRata = ProRata.JOURS_CALENDAIRES;
        Option<Sourced<String>> pr = required("paiement.prorata.methode");
        if (pr.isDefined() && check("paiement.prorata.methode", pr.get())) {
            proRata = ProRata.valueOf(pr.get().value().strip());
        }
        for (var e : values) {
            check(e._1, e._2);
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(problems.distinct());
        }
        return Validation.valid(new Tariff(
                day,
                version,
                scale,
                fonctionnement,
                ceiling,
                fixed,
                variable,
                inForce,
                mandatory,
                start,
                deploy,
                advance,
                proRata,
                values));
    }

    private long amount(String path) {
        return required(path)
                .filter(s -> check(path, s))
                .map(s -> ParameterKind.AMOUNT.cents(s.value()))
                .getOrElse(0L);
    }

    private long integerValue(String path) {
        return required(path)
                .filter(s -> check(path, s))
                .map(s -> (long) ParameterKind.integer(s.value()))
                .getOrElse(0L);
    }

    private Option<Sourced<String>> required(String path) {
        Option<Sourced<String>> v = values.get(path);
        if (v.isEmpty()) {
            problems = problems.append(Problem.of(AciProblem.TARIFF_MISSING_PARAMETER, version, path)
                    .at(Location.of(version, 0, 0).withPath(path)));
        }
        return v;
    }

    private boolean check(String path, Sourced<String> s) {
        Option<Problem> bad = ParameterKind.of(path).check(path, s.value());
        bad.forEach(p -> problems = problems.append(
                p.withReference(s.reference()).at(Location.of(version, 0, 0).withPath(path))));
        return bad.isEmpty();
    }
}
