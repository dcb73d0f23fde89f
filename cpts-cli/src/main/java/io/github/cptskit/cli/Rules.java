package io.github.cptskit.cli;

import io.github.cptskit.aci.tariff.RuleText;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.time.LocalDate;

/** Builds the tariff rules from the command line's --rules, --on, --set and rule files. */
final class Rules {
    private Rules() {}

    static TariffRules build(String version, LocalDate on, java.util.List<String> sets) {
        TariffRules rules = TariffRules.bundled();
        if (version != null) {
            rules = orThrow(rules.upTo(version));
        }
        if (on != null) {
            TariffRules all = rules;
            String latest = all.texts()
                    .filter(t -> !t.effective().isAfter(on))
                    .lastOption()
                    .map(RuleText::version)
                    .getOrElseThrow(() -> new UserError(List.of(Problem.of(CliProblem.TARIFF_NOT_IN_FORCE, on))));
            rules = orThrow(all.upTo(latest));
        }
        io.vavr.collection.Map<String, String> values = io.vavr.collection.LinkedHashMap.empty();
        for (String set : sets) {
            int eq = set.indexOf('=');
            if (eq <= 0) {
                throw new UserError(List.of(Problem.of(CliProblem.SET_SYNTAX, set)));
            }
            values = values.put(
                    set.substring(0, eq).strip(), set.substring(eq + 1).strip());
        }
        // All --set values are applied, then checked together: an amount and its ceiling can rise at once.
        rules = orThrow(rules.with(values, "--set"));
        return rules;
    }

    static TariffRules withFile(TariffRules base, Path file) {
        RuleText text = orThrow(TariffRules.read(file));
        return orThrow(base.plus(text));
    }

    static <T> T orThrow(Validation<? extends io.vavr.collection.Seq<Problem>, T> v) {
        if (v.isInvalid()) {
            throw new UserError(List.ofAll(v.getError()));
        }
        return v.get();
    }
}
