#!/usr/bin/env python3
"""Write cpts-aci's bundled rule files (accord-2019.json, avenant-2.json).

The confirmed figures come from the project's sourced domain reference (shared/domain/aci.md) and
are written here with their source; the per-mission amounts, found in no source, are computed by
the documented estimate method of docs/aci-estimates.md and flagged ESTIMATE. Run from the
repository root: python3 scripts/generate-aci-rules.py
"""

import json
import os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                   "cpts-aci", "src", "main", "resources", "io", "github", "cptskit", "aci", "tariff")
CEILING_2019 = {1: 220000, 2: 287000, 3: 370000, 4: 450000}
FONCTIONNEMENT_2019 = {1: 50000, 2: 60000, 3: 75000, 4: 90000}
KEY_2019 = {"acces": 2, "parcours": 1, "prevention": 1, "qualite": 1, "accompagnement": 1}
ACCORD = ("Accord conventionnel interprofessionnel en faveur du développement de l'exercice coordonné et du "
          "déploiement des CPTS (arrêté du 21 août 2019, NOR SSAS1924409A)")
AVENANT_2 = ("Avenant 2 à l'accord conventionnel interprofessionnel CPTS (signé le 20 décembre 2021, approuvé par "
             "arrêté, JO du 31 mars 2022, JORFTEXT000045443303)")
ESTIMATE_SRC = "estimate: docs/aci-estimates.md (2019 envelope ceiling - fonctionnement, key 2:1:1:1:1, half {})"
PAPS = "2+ sources: ARS Hauts-de-France PAPS; domain reference aci.md §3"


def p(value, article, confidence, source, range_=None):
    d = {"value": value, "article": article, "confidence": confidence, "source": source}
    if range_ is not None:
        d["range"] = [int(range_[0]), int(range_[1])]
    return d


def estimate_range(value, high_factor=1.5):
    """Range of a 2019 mission estimate (docs/aci-estimates.md, "How uncertain"): half to one and a
    half times the estimate; the ceilings, which are confirmed, cap the sum in every calculation."""
    return (value // 2, value * high_factor // 1)


def accord_2019():
    params = {}
    for b in (1, 2, 3, 4):
        params[f"fonctionnement.taille{b}"] = p(FONCTIONNEMENT_2019[b], "art. 8 (financement du fonctionnement)", "CONFIRMED",
                                               "2+ secondary sources: Le Quotidien du médecin 21/11/2019; Sénat r25-032 (50 000 à 90 000 €)")
        params[f"plafond.taille{b}"] = p(CEILING_2019[b], "art. 8 (montant maximal annuel)", "CONFIRMED",
                                        "2+ secondary sources: Le Quotidien du médecin 21/11/2019 'Missions, financement, montants : le b.a.-ba'")
        envelope = CEILING_2019[b] - FONCTIONNEMENT_2019[b]
        alloc = {}
        for m, w in KEY_2019.items():
            share = envelope * w // 6
            alloc[m] = [share // 2, share - share // 2]
        alloc["acces"][0] += envelope - sum(f + v for f, v in alloc.values())
        for m, (fixed, variable) in alloc.items():
            # The access mission's fixed part reaches 1.85 x: UFMLS (12 Feb 2025, single partisan source) says
            # up to 70,000 EUR for taille 2, against 37,835 estimated.
            params[f"missions.{m}.fixe.taille{b}"] = p(fixed, "art. 8 and annex (not found in any source)", "ESTIMATE",
                                                      ESTIMATE_SRC.format("fixed"),
                                                      estimate_range(fixed, 1.85 if m == "acces" else 1.5))
            params[f"missions.{m}.variable.taille{b}"] = p(variable, "art. 8 and annex (not found in any source)", "ESTIMATE",
                                                          ESTIMATE_SRC.format("variable"), estimate_range(variable))
    for m, (mandatory, start, deploy) in {"acces": (1, 6, 18), "parcours": (1, 12, 24), "prevention": (1, 12, 24),
                                          "qualite": (0, 0, 0), "accompagnement": (0, 0, 0)}.items():
        params[f"missions.{m}.obligatoire"] = p(mandatory, "art. 3 (missions socles / optionnelles)", "CONFIRMED",
                                               "2+ sources: ARS Hauts-de-France PAPS 'financement de la CPTS'; Sénat r25-032")
        if mandatory:
            params[f"missions.{m}.demarrage.mois"] = p(start, "contrat type, calendrier de déploiement", "CONFIRMED", PAPS)
            params[f"missions.{m}.deploiement.mois"] = p(deploy, "contrat type, calendrier de déploiement", "CONFIRMED", PAPS)
    params["paiement.avance.pourcentage"] = p(75, "art. 9.1 (avance de 75 %)", "CONFIRMED",
                                              "primary: accord art. 9.1 (JORF 24/08/2019, copy on juriblio.fr); Sénat r25-032")
    params["paiement.prorata.methode"] = p("JOURS_CALENDAIRES", "art. 9 (prorata temporis; days or months not found)", "ESTIMATE",
                                           "not found: calendar days assumed (domain reference aci.md §5)")
    return {"version": "accord-2019", "title": ACCORD, "textDate": "2019-06-20", "effective": "2019-08-25", "parameters": params}


def avenant_2():
    params = {}
    known_fixed, known_variable = {1: 25000, 4: 50000}, {1: 37500, 4: 75000}
    for b in (1, 2, 3, 4):
        if b in known_fixed:
            fixed, variable, conf = known_fixed[b], known_variable[b], "UNCONFIRMED"
            # A negotiation document's figures: the signed text may differ by a fifth either way.
            range_f, range_v = (fixed * 0.8, fixed * 1.2), (variable * 0.8, variable * 1.2)
            src_f = "1 secondary source: Le Généraliste (negotiation document), 25 000 to 50 000 € by size"
            src_v = "1 secondary source: Le Généraliste (negotiation document), 37 500 to 75 000 € by size"
        else:
            fixed = 25000 + (50000 - 25000) * (b - 1) // 3
            variable = 37500 + (75000 - 37500) * (b - 1) // 3
            conf = "ESTIMATE"
            # An interpolation: the true figure lies anywhere between the two known ends.
            range_f, range_v = (25000, 50000), (37500, 75000)
            src_f = src_v = "estimate: linear interpolation between the taille 1 and taille 4 figures (docs/aci-estimates.md)"
        params[f"missions.crises.fixe.taille{b}"] = p(fixed, "mission crises sanitaires graves: préparation", conf, src_f,
                                                     range_f)
        params[f"missions.crises.variable.taille{b}"] = p(variable, "mission crises sanitaires graves: activation", conf,
                                                         src_v, range_v)
        if b == 4:
            params["plafond.taille4"] = p(580000, "montant maximal pour les CPTS de taille 4", "CONFIRMED",
                                          "2+ sources: ameli.fr (avenant 2); information-dentaire.fr")
        else:
            # Two readings of taille 4's rise (450,000 -> 580,000): by the crisis maxima, or in proportion.
            by_crisis = CEILING_2019[b] + fixed + variable
            in_proportion = CEILING_2019[b] * 580000 // 450000
            params[f"plafond.taille{b}"] = p(by_crisis, "montant maximal (not found for tailles 1 to 3)",
                                             "ESTIMATE", "estimate: 2019 ceiling + the crisis mission maxima (docs/aci-estimates.md)",
                                             (min(by_crisis, in_proportion), max(by_crisis, in_proportion)))
    params["missions.crises.obligatoire"] = p(1, "mission socle n° 4 (réponse aux crises sanitaires graves)", "CONFIRMED",
                                              "2+ sources: ameli.fr 'ACI : signature d'un avenant'; information-dentaire.fr")
    params["missions.crises.demarrage.mois"] = p(6, "calendrier de déploiement", "CONFIRMED", "2+ sources: ARS Hauts-de-France PAPS; aci.md §3")
    params["missions.crises.deploiement.mois"] = p(18, "calendrier de déploiement", "CONFIRMED", "2+ sources: ARS Hauts-de-France PAPS; aci.md §3")
    return {"version": "avenant-2", "title": AVENANT_2, "textDate": "2021-12-20", "effective": "2022-04-01",
            "url": "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000045443303", "parameters": params}


for name, doc in (("accord-2019.json", accord_2019()), ("avenant-2.json", avenant_2())):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
print("wrote", OUT)
