#!/usr/bin/env python3
"""Generate cptskit's bundled default portfolio: a SYNTHETIC national set of CPTS.

It stands for the real CPTS of France, which have no public list with territories and contract
dates. It is built from real INSEE communes (whole EPCI, or communes of the largest EPCI) and fitted
to the public counts of docs/portfolio.md (sources in the targets table below):
  - signatories over time are set by construction (173 by end 2021, 62.34 % of the May 2025
    signatories signed before 2023, 530 by 1 Feb 2024, about 700 by May 2025, a few later);
  - coverage (82 % of the population, Corse 21 %) is set by a per-region draw;
  - sizes come from a target population drawn per group from a size-band mix P_BAND; P_BAND is
    chosen by minimising a stated weighted loss (fit()), because the FCPTS survey's band mix and
    the mean of 82,000 inhabitants per CPTS cannot both be met.
The ACI spending figures (105.8 M EUR etc.) are NOT used: docs/simulation.md compares them with the
simulation instead.

Usage (from the repository root, Python 3 standard library only; deterministic):
    python3 scripts/generate-portfolio.py [path/to/etalab-decoupage-administratif-6.0.0.tgz]
It prints a table of each target, its source, the synthetic value, the tolerance and whether the
value is within it.
"""

import bisect
import csv
import datetime
import hashlib
import io
import itertools
import json
import math
import os
import random
import sys
import tarfile

EXPECTED_SHA256 = "c189ffd5b33fe40c2f19e1a923ce557f190622f39228745d3195d746dfe00c4a"
REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SOURCE = os.path.join(REPO_ROOT, "..", "shared", "data", "etalab-decoupage-administratif-6.0.0.tgz")
OUTPUT = os.path.join(REPO_ROOT, "cpts-aci", "src", "main", "resources", "io", "github", "cptskit", "aci", "simulation",
                      "default-portfolio.csv")
SEED = 20250515
SPLIT_ABOVE = 250_000             # EPCI above this are split into their communes (arrondissements for PLM)
PLM = {"75056", "69123", "13055"}  # Paris, Lyon, Marseille: split by arrondissements
TARGET_COVERAGE = 0.82            # Sénat r25-032, May 2025
CORSE_COVERAGE = 1 - 0.7893       # Sénat r25-032: 78.93 % of Corse uncovered
CORSE = "94"

# Size bands of the ACI (domain reference aci.md §2), lower bound inclusive: 40,000 is taille 2, 80,000 is
# taille 3, 175,000 is taille 3 ("> 175,000" is taille 4).
def band(population):
    if population < 40_000:
        return 1
    if population < 80_000:
        return 2
    if population <= 175_000:
        return 3
    return 4


# Target population of a group: a band drawn with probabilities P_BAND, then a size log-uniform
# within the band's range below (assumed ends: taille 1 from 15,000, taille 4 up to 350,000).
BAND_RANGE = {1: (15_000, 40_000), 2: (40_000, 80_000), 3: (80_000, 175_001), 4: (175_001, 350_000)}
FIT_COARSE = 0.05                 # grid steps of P_BAND in fit()
FIT_FINE = 0.01

# Survey mix (FCPTS grande enquête 2025, respondents): 4 / 34.9 / 38.6 / 12.1 %, 10.4 % no answer.
SURVEY_MIX = [4.0, 34.9, 38.6, 12.1]
SURVEY_MIX = [m / sum(SURVEY_MIX) for m in SURVEY_MIX]

# Signature calendar. Counts are cumulative, "by" a date inclusive.
ACCORD_IN_FORCE = datetime.date(2019, 8, 25)
N_END_2021 = 173                  # ameli, avenant 2 page [2+ sec]
SHARE_BEFORE_2023 = 0.6234        # FCPTS 2025 survey: 62.34 % of the CPTS of France signed before 2023 [1 sec]
N_FEB_2024 = 530                  # FCPTS via Concours pluripro, 1 Feb 2024 [1 sec]
N_MAY_2025 = 700                  # "700 et quelques" in 2025 [primary + 1 sec]
N_MAY_2025_MAX = 730
LATE_MIN = 10                     # "a few" sign after June 2025
LATE_MAX = 40
# Intervals (first day, last day) in which the dates are drawn uniformly over working days (Mon-Fri).
INTERVALS = [("2019-09-02", "2021-12-31"), ("2022-01-01", "2022-12-31"), ("2023-01-01", "2024-02-01"),
             ("2024-02-02", "2025-05-31"), ("2025-06-01", "2026-06-30")]

# Weighted loss of fit(): sum of weight * (deviation / tolerance)^2 over the targets that the
# grouping rule moves. A deviation inside the tolerance still counts (the loss pulls to the target).
W_BAND = 0.5                      # each of 4 band shares: [1 sec], respondents biased to older CPTS
W_MEAN = 1.0                      # mean size: [1 sec]
TOL_BAND = 0.05                   # +- 5 percentage points per band share
TOL_MEAN = 0.05                   # +- 5 % of 82,000
MEAN_TARGET = 82_000


def fail(message):
    sys.exit("generate-portfolio: " + message)


def load(source):
    digest = hashlib.sha256(open(source, "rb").read()).hexdigest()
    if digest != EXPECTED_SHA256:
        fail(f"{source}: sha256 {digest}, expected {EXPECTED_SHA256}")
    with tarfile.open(source, "r:gz") as tar:
        def read(name):
            return json.load(tar.extractfile("package/data/" + name))
        return read("communes.json"), read("epci.json")


def streams(communes, epcis):
    """Per département, the streams of atoms (codes, population, label) that groups are cut from:
    one stream of the whole EPCI of at most SPLIT_ABOVE inhabitants (SIREN order) and of the communes
    outside any EPCI, and one stream per larger EPCI, of its communes (arrondissements for PLM)."""
    current = {c["code"]: c for c in communes if c["type"] == "commune-actuelle"}
    arrondissements = {}
    for c in communes:
        if c["type"] == "arrondissement-municipal":
            arrondissements.setdefault(c.get("commune"), []).append(c)
    epci_of = {m["code"]: e["code"] for e in epcis for m in e["membres"]}
    by_dep = {}
    for e in sorted(epcis, key=lambda e: e["code"]):
        members = sorted(m["code"] for m in e["membres"] if m["code"] in current)
        if not members:
            continue
        dep = current[members[0]]["departement"]
        pop = sum(current[c].get("population", 0) for c in members)
        dep_streams = by_dep.setdefault(dep, [[]])
        if pop > SPLIT_ABOVE:
            atoms = []
            for code in members:
                if code in PLM:
                    for a in sorted(arrondissements.get(code, []), key=lambda a: a["code"]):
                        atoms.append(([code], a.get("population", 0), e["nom"]))
                else:
                    atoms.append(([code], current[code].get("population", 0), e["nom"]))
            dep_streams.append(atoms)
        else:
            dep_streams[0].append((members, pop, e["nom"]))
    for code, c in sorted(current.items()):
        if code not in epci_of and c.get("population", 0) > 0 and c.get("zone") != "com":
            by_dep.setdefault(c["departement"], [[]])[0].append(([code], c.get("population", 0), c["nom"]))
    region_of_dep = {c["departement"]: c["region"] for c in current.values()}
    by_region = {}
    for c in current.values():
        if c.get("zone") == "com":
            continue  # collectivités d'outre-mer: no ACI, not in the national population
        by_region[c["region"]] = by_region.get(c["region"], 0) + c.get("population", 0)
    return [(dep, s) for dep in sorted(by_dep) for s in by_dep[dep] if s], region_of_dep, by_region


def draws(n, seed):
    """Common random numbers: the k-th group of every candidate P_BAND uses the same (u, v)."""
    rng = random.Random(seed)
    return [(rng.random(), rng.random()) for _ in range(n)]


def target_size(p_band, u, v):
    """(floor, target): the drawn band's lower bound and a size log-uniform within the band."""
    cumulative = list(itertools.accumulate(p_band))
    b = min(bisect.bisect_right(cumulative, u * cumulative[-1]), 3) + 1
    lo, hi = BAND_RANGE[b]
    return lo, math.exp(math.log(lo) + v * (math.log(hi) - math.log(lo)))


def group(dep_streams, p_band, uv):
    """Cut each stream, in order, into groups: a group takes the next atom while its population is
    below the lower bound of its drawn band or while the atom brings it closer to its drawn target;
    a last group below half its target joins the previous one of its stream."""
    groups, k = [], 0
    for dep, atoms in dep_streams:
        cut = []
        i = 0
        while i < len(atoms):
            floor, target = target_size(p_band, *uv[k % len(uv)])
            k += 1
            members, pop = [atoms[i]], atoms[i][1]
            i += 1
            while i < len(atoms) and (pop < floor or abs(pop + atoms[i][1] - target) < abs(pop - target)):
                members.append(atoms[i])
                pop += atoms[i][1]
                i += 1
            if i == len(atoms) and cut and pop < target / 2:
                cut[-1] = (cut[-1][0] + members, cut[-1][1] + pop)
            else:
                cut.append((members, pop))
        for members, pop in cut:
            codes = sorted({c for m in members for c in m[0]})
            groups.append((dep, codes, pop, members[0][2]))
    return groups


def select(groups, region_of_dep, seed):
    """Per region, in a seeded random order, keep a territory when it brings the region's covered
    population closer to its target (82 %, Corse 21.07 %)."""
    rng = random.Random(seed)
    selected = []
    for region in sorted({region_of_dep[g[0]] for g in groups}):
        candidates = [g for g in groups if region_of_dep[g[0]] == region]
        rng.shuffle(candidates)
        target = (CORSE_COVERAGE if region == CORSE else TARGET_COVERAGE) * sum(g[2] for g in candidates)
        covered = 0
        for g in candidates:
            if abs(covered + g[2] - target) < abs(covered - target):
                selected.append((region, g))
                covered += g[2]
    rng.shuffle(selected)
    return selected


def counts(n_total):
    """Number of CPTS signed in each interval of INTERVALS, by construction from the public counts."""
    n_may = min(n_total - LATE_MIN, N_MAY_2025_MAX)
    n_before_2023 = round(SHARE_BEFORE_2023 * n_may)
    return [N_END_2021, n_before_2023 - N_END_2021, N_FEB_2024 - n_before_2023, n_may - N_FEB_2024,
            n_total - n_may]


def build(dep_streams, region_of_dep, p_band, uv):
    return select(group(dep_streams, p_band, uv), region_of_dep, SEED + 1)


def loss(selected, detail=False):
    """Weighted loss of a portfolio; infinite if the counts of signatories cannot be met (fewer than
    N_MAY_2025 + LATE_MIN or more than N_MAY_2025_MAX + LATE_MAX CPTS): those are constraints."""
    pops = [g[2] for _, g in selected]
    n = len(pops)
    if not N_MAY_2025 + LATE_MIN <= n <= N_MAY_2025_MAX + LATE_MAX:
        return [math.inf] * 5 if detail else math.inf
    mix = [sum(1 for p in pops if band(p) == b) / n for b in (1, 2, 3, 4)]
    terms = [W_BAND * ((mix[b] - SURVEY_MIX[b]) / TOL_BAND) ** 2 for b in range(4)]
    terms.append(W_MEAN * ((sum(pops) / n - MEAN_TARGET) / (TOL_MEAN * MEAN_TARGET)) ** 2)
    return terms if detail else sum(terms)


def fit(dep_streams, region_of_dep, uv):
    """P_BAND minimising the loss: a grid of step FIT_COARSE over the simplex, then a grid of step
    FIT_FINE within FIT_COARSE of the best coarse point (ties: the first point in grid order)."""
    def grid(step, centre, radius):
        n = round(1 / step)
        ranges = [range(max(0, round((c - radius) / step)), min(n, round((c + radius) / step)) + 1)
                  for c in centre[:3]]
        for a in ranges[0]:
            for b in ranges[1]:
                for c in ranges[2]:
                    d = n - a - b - c
                    if d >= 0 and abs(d * step - centre[3]) <= radius + 1e-9:
                        yield (a / n, b / n, c / n, d / n)

    best = None
    for step, centre, radius in ((FIT_COARSE, (0.5,) * 4, 0.5), (FIT_FINE, None, FIT_COARSE)):
        for p in grid(step, centre or best[1], radius):
            value = loss(build(dep_streams, region_of_dep, p, uv))
            if best is None or value < best[0] - 1e-12:
                best = (value, p)
    if best[0] == math.inf:
        fail("no P_BAND meets the counts of signatories")
    return best[1]


def working_day(rng, start, end):
    s, e = datetime.date.fromisoformat(start), datetime.date.fromisoformat(end)
    days = [s + datetime.timedelta(days=d) for d in range((e - s).days + 1)]
    return rng.choice([d for d in days if d.weekday() < 5])


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SOURCE
    communes, epcis = load(source)
    dep_streams, region_of_dep, by_region = streams(communes, epcis)
    uv = draws(10_000, SEED)
    p_band = fit(dep_streams, region_of_dep, uv)
    selected = build(dep_streams, region_of_dep, p_band, uv)
    # Signature dates: the selection is in seeded random order; the first N_END_2021 sign in the
    # first interval, and so on, each date uniform over the working days of its interval.
    rng = random.Random(SEED + 2)
    per_interval = counts(len(selected))
    if min(per_interval[:4]) <= 0:
        fail(f"{len(selected)} CPTS cannot follow the public counts of signatories {per_interval}")
    interval_of = [i for i, n in enumerate(per_interval) for _ in range(n)]
    rows = []
    for k, (region, (dep, codes, pop, label)) in enumerate(selected):
        signed = working_day(rng, *INTERVALS[interval_of[k]])
        if not ACCORD_IN_FORCE <= signed <= datetime.date(2100, 12, 31):
            fail(f"signature {signed} out of range")
        rows.append((region, dep, pop, signed.isoformat(), label, codes))
    rows.sort(key=lambda r: (r[3], r[1], r[5]))
    out = io.StringIO()
    out.write("# SYNTHETIC portfolio standing for the CPTS of France: not a list of real CPTS.\n")
    out.write("# Built by scripts/generate-portfolio.py (method: docs/portfolio.md) from INSEE COG 2026 and\n")
    out.write("# populations légales via @etalab/decoupage-administratif 6.0.0 (Licence Ouverte).\n")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["id", "name", "region", "departement", "population", "signature", "communes"])
    for n, (region, dep, pop, signed, label, codes) in enumerate(rows, 1):
        w.writerow([f"SYN-{n:04d}", f"CPTS synthétique {dep} ({label})", region, dep, pop, signed, " ".join(codes)])
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())
    report(rows, by_region, p_band, loss(selected, detail=True))


def report(rows, by_region, p_band, terms):
    national = sum(by_region.values())
    n = len(rows)
    pops = [r[2] for r in rows]
    covered = sum(pops)
    by = lambda day: sum(1 for r in rows if r[3] <= day)
    n_may = by("2025-05-31")
    mix = [sum(1 for p in pops if band(p) == b) / n for b in (1, 2, 3, 4)]
    corse = sum(r[2] for r in rows if r[0] == CORSE) / by_region[CORSE]
    pct = lambda x: f"{100 * x:.2f} %"
    table = [
        ("signed by 2019-08-31 (accord in force 25 Aug 2019)", "arrêté 21 Aug 2019 [primary]", "0",
         str(by("2019-08-31")), "0", by("2019-08-31") == 0),
        ("signed by 2021-12-31", "ameli [2+ sec]", "173", str(by("2021-12-31")), "exact",
         by("2021-12-31") == 173),
        ("share of May 2025 signatories signed before 2023", "FCPTS survey 2025 [1 sec]", "62.34 %",
         pct(by("2022-12-31") / n_may), "±0.5 pp", abs(by("2022-12-31") / n_may - SHARE_BEFORE_2023) <= 0.005),
        ("signed by 2024-02-01", "FCPTS via Concours pluripro [1 sec]", "530", str(by("2024-02-01")),
         "exact", by("2024-02-01") == 530),
        ("signed by 2025-05-31", "Sénat r25-032, CNAM [primary + 1 sec]", "about 700 (700 et quelques)",
         str(n_may), "700–730", N_MAY_2025 <= n_may <= N_MAY_2025_MAX),
        ("signing after 2025-05-31", "\"a few more\"", "a few", str(n - n_may), f"{LATE_MIN}–{LATE_MAX}",
         LATE_MIN <= n - n_may <= LATE_MAX),
        ("population covered", "Sénat r25-032 [primary]", "82 %", pct(covered / national), "±1 pp",
         abs(covered / national - TARGET_COVERAGE) <= 0.01),
        ("population covered, Corse", "Sénat r25-032 [primary]", "21.07 %", pct(corse), "±10 pp",
         abs(corse - CORSE_COVERAGE) <= 0.10),
        ("mean inhabitants per CPTS", "FCPTS Feb 2024 [1 sec]", "82,000", f"{covered / n:,.0f}", "±5 %",
         abs(covered / n - MEAN_TARGET) <= TOL_MEAN * MEAN_TARGET),
    ]
    for b in range(4):
        table.append((f"share taille {b + 1} (normalised over 89.6 % answering)",
                      "FCPTS survey 2025 [1 sec, biased]", pct(SURVEY_MIX[b]), pct(mix[b]), "±5 pp",
                      abs(mix[b] - SURVEY_MIX[b]) <= TOL_BAND))
    header = ("target", "source [tag]", "public", "synthetic", "tolerance", "within")
    widths = [max(len(str(r[i])) for r in table + [header]) for i in range(5)]
    print(f"{n} synthetic CPTS written to {OUTPUT}")
    print("  ".join(h.ljust(widths[i]) if i < 5 else h for i, h in enumerate(header)))
    for r in table:
        print("  ".join(str(r[i]).ljust(widths[i]) for i in range(5)) + "  " + ("yes" if r[5] else "NO"))
    print(f"fitted P_BAND (taille 1-4): {', '.join(f'{p:.2f}' for p in p_band)}; "
          f"loss {sum(terms):.3f} (bands {sum(terms[:4]):.3f}, mean {terms[4]:.3f})")
    # Not fitted, for information: other public counts and the survey's bias towards older CPTS.
    old = [r for r in rows if r[3] <= "2022-12-31"]
    young = [r for r in rows if "2022-12-31" < r[3] <= "2025-05-31"]
    resp = [0.725 * sum(1 for r in old if band(r[2]) == b) / len(old)
            + 0.275 * sum(1 for r in young if band(r[2]) == b) / len(young) for b in (1, 2, 3, 4)]
    print("not fitted: signed by 2022-01-31 " + str(by("2022-01-31")) + " (atlas: 134 'en fonctionnement et "
          "signataires'); by 2024-09-30 " + str(by("2024-09-30")) + " (624, partisan); by 2024-12-31 "
          + str(by("2024-12-31")) + " (567 'in 2024')")
    print("not fitted: band mix reweighted to the respondents' age (72.5 % signed before 2023): "
          + " / ".join(pct(x) for x in resp))
    shares = {}
    for reg, tot in by_region.items():
        if tot == 0:
            continue
        shares[reg] = sum(r[2] for r in rows if r[0] == reg) / tot
    print("coverage per region: " + ", ".join(f"{reg} {100 * s:.1f}" for reg, s in sorted(shares.items())))


if __name__ == "__main__":
    main()
