#!/usr/bin/env python3
"""Generate cptskit's bundled default portfolio: a SYNTHETIC national set of CPTS.

It stands for the real CPTS of France, which have no public list with territories and contract
dates. Method (docs/portfolio.md): territories are made of whole EPCI of one département, grouped
in a fixed order until they reach a CPTS-like size; EPCI larger than 250,000 inhabitants are split
by communes, and Paris, Lyon and Marseille by municipal arrondissements. Coverage is then drawn
per region (deterministic seed) to reach the public figure of 82 % of the population covered in
May 2025 (Sénat r25-032), with Corse at 21 % (78.93 % uncovered); ACI signature dates follow the
public counts (173 end 2021, 530 on 1 Feb 2024, about 700 in May 2025). The spending figures are
NOT used: docs/simulation.md compares them with the simulation instead.

Usage (from the repository root, Python 3 standard library only):
    python3 scripts/generate-portfolio.py [path/to/etalab-decoupage-administratif-6.0.0.tgz]
"""

import csv
import datetime
import hashlib
import io
import json
import os
import random
import sys
import tarfile

EXPECTED_SHA256 = "c189ffd5b33fe40c2f19e1a923ce557f190622f39228745d3195d746dfe00c4a"
REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SOURCE = os.path.join(REPO_ROOT, "..", "shared", "data", "etalab-decoupage-administratif-6.0.0.tgz")
OUTPUT = os.path.join(REPO_ROOT, "cpts-cli", "src", "main", "resources", "io", "github", "cptskit", "cli",
                      "default-portfolio.csv")
SEED = 20250515
MIN_CPTS_POPULATION = 42_000      # a group closes once it reaches this; calibrated so that ~700 CPTS cover 82 %
SPLIT_ABOVE = 250_000             # EPCI above this are split by communes
TARGET_COVERAGE = 0.82            # Sénat r25-032, May 2025
CORSE_COVERAGE = 1 - 0.7893       # Sénat r25-032: 78.93 % of Corse uncovered
PLM = {"75056", "69123", "13055"}  # Paris, Lyon, Marseille: split by arrondissements


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


def chunks(units, limit):
    """Consecutive runs of units whose population reaches limit (the last run joins the previous)."""
    groups, current, pop = [], [], 0
    for u in units:
        current.append(u)
        pop += u[1]
        if pop >= limit:
            groups.append(current)
            current, pop = [], 0
    if current:
        if groups and pop < limit / 2:
            groups[-1].extend(current)
        else:
            groups.append(current)
    return groups


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SOURCE
    communes, epcis = load(source)
    current = {c["code"]: c for c in communes if c["type"] == "commune-actuelle"}
    arrondissements = {}
    for c in communes:
        if c["type"] == "arrondissement-municipal":
            arrondissements.setdefault(c.get("commune"), []).append(c)
    epci_of = {}
    for e in epcis:
        for m in e["membres"]:
            epci_of[m["code"]] = e["code"]
    # Territorial units per département: (codes, population, label).
    by_dep = {}
    for e in sorted(epcis, key=lambda e: e["code"]):
        members = sorted((m["code"] for m in e["membres"] if m["code"] in current))
        if not members:
            continue
        dep = current[members[0]]["departement"]
        pop = sum(current[c].get("population", 0) for c in members)
        if pop > SPLIT_ABOVE:
            units = []
            for code in members:
                if code in PLM:
                    for a in sorted(arrondissements.get(code, []), key=lambda a: a["code"]):
                        units.append(([code], a.get("population", 0), a["code"]))
                else:
                    units.append(([code], current[code].get("population", 0), code))
            for g in chunks(units, 100_000):
                by_dep.setdefault(dep, []).append((sorted({c for u in g for c in u[0]}), sum(u[1] for u in g),
                                                   e["nom"]))
        else:
            by_dep.setdefault(dep, []).append((members, pop, e["nom"]))
    for code, c in sorted(current.items()):
        if code not in epci_of and c.get("population", 0) > 0 and c.get("zone") != "com":
            by_dep.setdefault(c["departement"], []).append(([code], c.get("population", 0), c["nom"]))
    groups = []
    for dep in sorted(by_dep):
        small = [u for u in by_dep[dep] if u[1] < MIN_CPTS_POPULATION]
        big = [u for u in by_dep[dep] if u[1] >= MIN_CPTS_POPULATION]
        for u in big:
            groups.append((dep, u[0], u[1], u[2]))
        for g in chunks([(u[0], u[1], u[2]) for u in small], MIN_CPTS_POPULATION):
            groups.append((dep, sorted(c for u in g for c in u[0]), sum(u[1] for u in g), g[0][2]))
    region_of_dep = {c["departement"]: c["region"] for c in current.values()}
    rng = random.Random(SEED)
    selected = []
    for region in sorted({region_of_dep[g[0]] for g in groups}):
        candidates = [g for g in groups if region_of_dep[g[0]] == region]
        rng.shuffle(candidates)
        total = sum(g[2] for g in candidates)
        target = (CORSE_COVERAGE if region == "94" else TARGET_COVERAGE) * total
        covered = 0
        for g in candidates:
            if covered >= target:
                break
            selected.append((region, g))
            covered += g[2]
    rng.shuffle(selected)
    # Signature dates calibrated on the public counts of signatories.
    def day(start, end):
        s, e = datetime.date.fromisoformat(start), datetime.date.fromisoformat(end)
        return s + datetime.timedelta(days=rng.randrange((e - s).days))
    rows = []
    for i, (region, (dep, codes, pop, label)) in enumerate(selected):
        if i < 173:
            signed = day("2019-09-01", "2022-01-01")
        elif i < 530:
            signed = day("2022-01-01", "2024-02-01")
        elif i < 700:
            signed = day("2024-02-01", "2025-06-01")
        else:
            signed = day("2025-06-01", "2026-07-01")
        rows.append((region, dep, pop, signed.isoformat(), label, codes))
    rows.sort(key=lambda r: (r[3], r[1]))
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
    covered = sum(r[2] for r in rows)
    national = sum(c.get("population", 0) for c in current.values())
    print(f"{len(rows)} synthetic CPTS, {covered} inhabitants covered of {national} "
          f"({100 * covered / national:.1f} %), mean {covered // len(rows)}; written to {OUTPUT}")


if __name__ == "__main__":
    main()
