#!/usr/bin/env python3
"""Generate cptskit's commune registry resource from the etalab data set.

Reads the npm package @etalab/decoupage-administratif 6.0.0 (Code officiel géographique 2026 of
INSEE with the populations légales), checks its SHA-256, and writes the compact binary resource that
cpts-core loads at run time, plus its NOTICE. docs/data.md describes the source, the method and the
format.

Usage (from the repository root):
    python3 scripts/generate-communes.py [path/to/etalab-decoupage-administratif-6.0.0.tgz]

The default path is ../shared/data/etalab-decoupage-administratif-6.0.0.tgz relative to the
repository root. Python 3 standard library only. The output is byte-for-byte reproducible (sorted
rows, fixed gzip header), so re-running it on the same source leaves git clean.
"""

import gzip
import hashlib
import json
import os
import struct
import sys
import tarfile

EXPECTED_SHA256 = "c189ffd5b33fe40c2f19e1a923ce557f190622f39228745d3195d746dfe00c4a"
EXPECTED_CURRENT_COMMUNES = 34969
EXPECTED_EPCI = 1255
ATTRIBUTION = (
    "Source : INSEE, Code officiel géographique 2026 et populations légales, "
    "via @etalab/decoupage-administratif 6.0.0 (Licence Ouverte)"
)
MAGIC = b"CPTSCOG1"

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SOURCE = os.path.join(
    REPO_ROOT, "..", "shared", "data", "etalab-decoupage-administratif-6.0.0.tgz"
)
RESOURCE_DIR = os.path.join(
    REPO_ROOT, "cpts-core", "src", "main", "resources",
    "io", "github", "cptskit", "core", "internal", "territory",
)
OUTPUT = os.path.join(RESOURCE_DIR, "communes.bin.gz")
NOTICE = os.path.join(RESOURCE_DIR, "NOTICE")

# Enum orders shared with the Java reader (Zone, Epci.Kind, former-code kinds): append only.
ZONES = ["metro", "drom", "com"]
EPCI_KINDS = ["CC", "CA", "CU", "METRO", "MET69"]
FORMER_KINDS = ["commune-deleguee", "commune-associee", "arrondissement-municipal"]
NO_EPCI = 0xFFFF
NO_POPULATION = -1


def fail(message):
    sys.exit("generate-communes: " + message)


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_json(tar, name):
    with tar.extractfile(tar.getmember("package/data/" + name)) as f:
        return json.load(f)


class Writer:
    """Big-endian fields, as java.io.DataInput reads them."""

    def __init__(self):
        self.parts = []

    def u8(self, v):
        self.parts.append(struct.pack(">B", v))

    def u16(self, v):
        self.parts.append(struct.pack(">H", v))

    def i32(self, v):
        self.parts.append(struct.pack(">i", v))

    def i64(self, v):
        self.parts.append(struct.pack(">q", v))

    def raw(self, b):
        self.parts.append(b)

    def str8(self, s):
        """A UTF-8 string of at most 255 bytes, prefixed by its length."""
        b = s.encode("utf-8")
        if len(b) > 255:
            fail("string too long for the format: %r" % s)
        self.u8(len(b))
        self.raw(b)

    def ascii(self, s, width):
        """A fixed-width ASCII field, such as a commune code."""
        b = s.encode("ascii")
        if len(b) != width:
            fail("expected %d ASCII characters: %r" % (width, s))
        self.raw(b)

    def bytes(self):
        return b"".join(self.parts)


def main(argv):
    source = argv[1] if len(argv) > 1 else DEFAULT_SOURCE
    if not os.path.isfile(source):
        fail("source not found: " + source)
    actual = sha256_of(source)
    if actual != EXPECTED_SHA256:
        fail("SHA-256 mismatch for %s: expected %s, found %s" % (source, EXPECTED_SHA256, actual))

    with tarfile.open(source, "r:gz") as tar:
        all_communes = read_json(tar, "communes.json")
        epcis = sorted(read_json(tar, "epci.json"), key=lambda e: e["code"])
        departements = sorted(read_json(tar, "departements.json"), key=lambda d: d["code"])
        regions = sorted(read_json(tar, "regions.json"), key=lambda r: r["code"])

    communes = sorted((c for c in all_communes if c["type"] == "commune-actuelle"), key=lambda c: c["code"])
    if len(communes) != EXPECTED_CURRENT_COMMUNES:
        fail("expected %d current communes, found %d" % (EXPECTED_CURRENT_COMMUNES, len(communes)))
    if len(epcis) != EXPECTED_EPCI:
        fail("expected %d EPCI, found %d" % (EXPECTED_EPCI, len(epcis)))
    commune_index = {c["code"]: i for i, c in enumerate(communes)}
    if len(commune_index) != len(communes):
        fail("duplicate current commune codes")

    region_index = {r["code"]: i for i, r in enumerate(regions)}
    dep_index = {d["code"]: i for i, d in enumerate(departements)}
    for d in departements:
        if d["region"] not in region_index:
            fail("département %s in unknown region %s" % (d["code"], d["region"]))

    # The commune's own "siren" field is the commune's SIREN: its EPCI comes from epci.json members.
    epci_of = {}
    for i, e in enumerate(epcis):
        for m in e["membres"]:
            if m["code"] not in commune_index:
                fail("EPCI %s lists %s, which is not a current commune" % (e["code"], m["code"]))
            if m["code"] in epci_of:
                fail("commune %s in two EPCI" % m["code"])
            epci_of[m["code"]] = i

    for c in communes:
        if c["departement"] not in dep_index:
            fail("commune %s in unknown département %s" % (c["code"], c["departement"]))
        # The resource stores the département only and derives the region: check that this loses nothing.
        if departements[dep_index[c["departement"]]]["region"] != c["region"]:
            fail("commune %s: region %s differs from its département's" % (c["code"], c["region"]))

    # Codes that are no longer current communes but that users still type: communes déléguées or
    # associées of a commune nouvelle, municipal arrondissements of Paris, Lyon and Marseille.
    # A déléguée sharing its code with the current commune adds nothing and is left out.
    formers = []
    for c in sorted(all_communes, key=lambda c: (c["code"], c["type"])):
        if c["type"] not in FORMER_KINDS or c["code"] in commune_index:
            continue
        current = c.get("chefLieu") or c.get("commune")
        if current not in commune_index:
            fail("%s %s points to %s, not a current commune" % (c["type"], c["code"], current))
        if formers and formers[-1][0] == c["code"]:
            continue  # the same code as déléguée and associée: keep the first kind
        formers.append((c["code"], FORMER_KINDS.index(c["type"]), commune_index[current], c["nom"]))

    header = ATTRIBUTION + "\n" + (
        "cptskit commune registry, generated by scripts/generate-communes.py from "
        "etalab-decoupage-administratif-6.0.0.tgz, sha256 " + EXPECTED_SHA256)

    w = Writer()
    w.raw(MAGIC)
    b = header.encode("utf-8")
    w.u16(len(b))
    w.raw(b)
    w.u16(len(regions))
    for r in regions:
        w.str8(r["code"])
        w.str8(r["nom"])
    w.u16(len(departements))
    for d in departements:
        w.str8(d["code"])
        w.u8(region_index[d["region"]])
        w.u8(ZONES.index(d["zone"]))
        w.str8(d["nom"])
    w.u16(len(epcis))
    for e in epcis:
        w.ascii(e["code"], 9)
        w.u8(EPCI_KINDS.index(e["type"]))
        w.str8(e["nom"])
    w.i32(len(communes))
    total = 0
    missing_population = []
    for c in communes:
        population = c.get("population")
        if population is None:
            missing_population.append(c["code"])
        else:
            total += int(population)
        w.ascii(c["code"], 5)
        w.u8(dep_index[c["departement"]])
        w.i32(NO_POPULATION if population is None else int(population))
        w.u16(epci_of.get(c["code"], NO_EPCI))
        w.str8(c["nom"])
    w.u16(len(formers))
    for code, kind, current, name in formers:
        w.ascii(code, 5)
        w.u8(kind)
        w.u16(current)
        w.str8(name)
    w.i64(total)  # the reader checks its sum against this
    w.raw(MAGIC)
    data = w.bytes()

    os.makedirs(RESOURCE_DIR, exist_ok=True)
    with open(OUTPUT, "wb") as raw:
        # mtime=0 and no file name: the same input always gives the same bytes.
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
            gz.write(data)
    with open(NOTICE, "w", encoding="utf-8") as f:
        f.write(
            "communes.bin.gz: " + ATTRIBUTION + ".\n"
            "Licence Ouverte / Open Licence 2.0 (Etalab): "
            "https://www.etalab.gouv.fr/licence-ouverte-open-licence\n"
            "Generated by scripts/generate-communes.py from etalab-decoupage-administratif-6.0.0.tgz\n"
            "(sha256 " + EXPECTED_SHA256 + "); see docs/data.md.\n")

    print("wrote %s: %d bytes (%d uncompressed)" % (
        os.path.relpath(OUTPUT, REPO_ROOT), os.path.getsize(OUTPUT), len(data)))
    print("%d regions, %d départements, %d EPCI, %d current communes, %d former or sub-municipal codes"
          % (len(regions), len(departements), len(epcis), len(communes), len(formers)))
    print("without EPCI: %d; without population: %s" % (
        len(communes) - len(epci_of), ", ".join(missing_population)))
    print("total population: %d" % total)


if __name__ == "__main__":
    main(sys.argv)
