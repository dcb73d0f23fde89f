package io.github.cptskit.fhir.internal;

import io.github.cptskit.fhir.annuaire.PsLibreAcces;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.Writer;
import java.util.SplittableRandom;

/** Writes synthetic Annuaire extractions ({@code PsLibreAcces.writeSynthetic}). */
public final class Synthetic {

    private static final String[][] PROFESSIONS = {
        {"10", "Médecin", "SM54"},
        {"10", "Médecin", "SM26"},
        {"10", "Médecin", "SM04"},
        {"10", "Médecin", "SM40"},
        {"60", "Infirmier", ""},
        {"70", "Masseur-Kinésithérapeute", ""},
        {"21", "Pharmacien", ""},
        {"40", "Chirurgien-Dentiste", ""},
        {"50", "Sage-Femme", ""},
        {"91", "Orthophoniste", ""},
        {"80", "Pédicure-Podologue", ""},
        {"93", "Psychologue", ""}
    };

    private final Seq<String> columns;
    private final String[] communes;
    private final SplittableRandom random;
    private final int badEvery;
    private final boolean sorted;
    private final int[] at;

    private static final String[] NAMES = {
        PsLibreAcces.TYPE_ID,
        PsLibreAcces.ID,
        PsLibreAcces.IDNPS,
        "Code civilité d'exercice",
        "Libellé civilité d'exercice",
        "Nom d'exercice",
        "Prénom d'exercice",
        PsLibreAcces.PROFESSION,
        "Libellé profession",
        "Code catégorie professionnelle",
        "Libellé catégorie professionnelle",
        PsLibreAcces.SAVOIR_FAIRE_TYPE,
        "Libellé type savoir-faire",
        PsLibreAcces.SAVOIR_FAIRE,
        PsLibreAcces.MODE,
        "Libellé mode exercice",
        PsLibreAcces.SIRET,
        "Numéro SIREN site",
        PsLibreAcces.FINESS,
        "Raison sociale site",
        PsLibreAcces.COMMUNE,
        "Code pays (coord. structure)",
        PsLibreAcces.ROLE,
        PsLibreAcces.ACTIVITY_KIND
    };

    /**
     * A writer of synthetic files.
     *
     * @param columns the activity file's columns
     * @param communes the communes of the sites
     * @param seed the seed
     * @param badEvery one bad line in about this many, 0 for none
     * @param sorted increasing IDNPS
     */
    public Synthetic(Seq<String> columns, Seq<String> communes, long seed, int badEvery, boolean sorted) {
        this.columns = columns;
        this.communes = communes.toJavaArray(String[]::new);
        this.random = new SplittableRandom(seed);
        this.badEvery = badEvery;
        this.sorted = sorted;
        this.at = new int[NAMES.length];
        for (int i = 0; i < NAMES.length; i++) {
            at[i] = columns.indexOf(NAMES[i]);
        }
    }

    /**
     * Writes the files.
     *
     * @param out the activities
     * @param savoirFaire the savoir-faire, or null
     * @param diplomas the diplomas, or null
     * @param lines the activity lines
     * @throws IOException if writing fails
     */
    public void write(Writer out, Writer savoirFaire, Writer diplomas, long lines) throws IOException {
        StringBuilder b = new StringBuilder(512);
        header(out, columns, b);
        if (savoirFaire != null) {
            header(savoirFaire, PsLibreAcces.SAVOIR_FAIRE_COLUMNS, b);
        }
        if (diplomas != null) {
            header(diplomas, PsLibreAcces.DIPLOMA_COLUMNS, b);
        }
        String[] f = new String[columns.size()];
        long written = 0;
        long person = 0;
        while (written < lines) {
            person++;
            boolean rpps = sorted || random.nextInt(10) < 8;
            String id = sorted
                    ? luhn("1" + String.format("%09d", 100_000 + person * 37))
                    : rpps ? luhn("1" + digits(random, 9)) : digits(random, 9);
            String type = rpps ? "8" : "0";
            String[] prof = PROFESSIONS[random.nextInt(PROFESSIONS.length)];
            String mode = random.nextInt(10) == 0 ? "" : random.nextInt(4) == 0 ? "S" : "L";
            boolean specialtyInActivities = random.nextBoolean();
            int activities = 1 + random.nextInt(3);
            for (int a = 0; a < activities && written < lines; a++, written++) {
                String commune = communes[random.nextInt(communes.length)];
                boolean finess = random.nextInt(3) == 0;
                String dep = departement(commune);
                String finessEt = finess ? dep + digits(random, 9 - dep.length()) : "";
                String siret = finess ? "" : siret(random);
                java.util.Arrays.fill(f, "");
                int i = 0;
                set(f, i++, type);
                set(f, i++, id);
                set(f, i++, type + id);
                set(f, i++, "DR");
                set(f, i++, "Docteur");
                set(f, i++, "SYNTHETIQUE");
                set(f, i++, "PERSONNE" + person);
                set(f, i++, prof[0]);
                set(f, i++, prof[1]);
                set(f, i++, "C");
                set(f, i++, "Civil");
                boolean specialty = !prof[2].isEmpty() && specialtyInActivities;
                set(f, i++, specialty ? "S" : "");
                set(f, i++, specialty ? "Spécialité ordinale" : "");
                set(f, i++, specialty ? prof[2] : "");
                set(f, i++, mode);
                set(
                        f,
                        i++,
                        mode.isEmpty() ? "" : mode.equals("L") ? "Libéral,indépendant,artisan,commerçant" : "Salarié");
                set(f, i++, mode.isEmpty() ? "" : siret);
                set(f, i++, mode.isEmpty() || siret.isEmpty() ? "" : siret.substring(0, 9));
                set(f, i++, mode.isEmpty() ? "" : finessEt);
                set(f, i++, mode.isEmpty() ? "" : "CABINET SYNTHETIQUE " + person);
                set(f, i++, mode.isEmpty() ? "" : commune);
                set(f, i++, "99000");
                set(f, i++, mode.isEmpty() ? "" : "FON-01");
                set(f, i, mode.isEmpty() ? "" : "GENR01");
                int width = f.length;
                if (badEvery > 0 && random.nextInt(badEvery) == 0) {
                    switch (random.nextInt(4)) {
                        case 0 -> set(f, 2, rpps ? "8" + breakKey(id) : "0" + id.substring(1));
                        case 1 -> set(f, 7, "99");
                        case 2 -> set(f, 14, "B");
                        default -> width = Math.max(0, f.length - 3);
                    }
                }
                line(out, f, width, b);
            }
            if (savoirFaire != null) {
                if (!prof[2].isEmpty()) {
                    savoirFaire(savoirFaire, type, id, person, prof, "S", prof[2], b);
                }
                if (person % 3 == 0) {
                    savoirFaire(savoirFaire, type, id, person, prof, "C", "CSYNTH" + (person % 5), b);
                }
            }
            if (diplomas != null) {
                diploma(diplomas, type, id, person, "DE", "DE" + prof[0], "", b);
                if (person % 10 == 0) {
                    diploma(diplomas, type, id, person, "", "", "AUTEXE", b);
                }
            }
        }
    }

    private void set(String[] f, int name, String value) {
        int i = at[name];
        if (i >= 0) {
            f[i] = value;
        }
    }

    private static void header(Writer out, Seq<String> names, StringBuilder b) throws IOException {
        b.setLength(0);
        for (String c : names) {
            b.append(c).append('|');
        }
        out.write(b.append('\n').toString());
    }

    private static void line(Writer out, String[] f, int width, StringBuilder b) throws IOException {
        b.setLength(0);
        for (int i = 0; i < width; i++) {
            b.append(f[i]).append('|');
        }
        out.write(b.append('\n').toString());
    }

    private static void savoirFaire(
            Writer out, String type, String id, long person, String[] prof, String sfType, String code, StringBuilder b)
            throws IOException {
        line(
                out,
                new String[] {
                    type,
                    id,
                    type + id,
                    "SYNTHETIQUE",
                    "PERSONNE" + person,
                    prof[0],
                    prof[1],
                    "C",
                    "Civil",
                    sfType,
                    sfType.equals("S") ? "Spécialité ordinale" : "Compétence",
                    code,
                    "synthétique"
                },
                13,
                b);
    }

    private static void diploma(
            Writer out, String type, String id, long person, String dType, String d, String auth, StringBuilder b)
            throws IOException {
        line(
                out,
                new String[] {
                    type,
                    id,
                    type + id,
                    "SYNTHETIQUE",
                    "PERSONNE" + person,
                    dType,
                    dType.isEmpty() ? "" : "Diplôme",
                    d,
                    d.isEmpty() ? "" : "Diplôme synthétique",
                    auth,
                    auth.isEmpty() ? "" : "Autorisation",
                    "",
                    ""
                },
                13,
                b);
    }

    private static String departement(String commune) {
        String d = commune.substring(0, 2);
        return d.equals("97") ? commune.substring(0, 3) : d;
    }

    private static String siret(SplittableRandom random) {
        String siren;
        do {
            siren = luhn(digits(random, 8));
        } while (siren.startsWith("356000000"));
        return luhn(siren + digits(random, 4));
    }

    private static String digits(SplittableRandom random, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    /** The number followed by its Luhn check digit. */
    static String luhn(String base) {
        int sum = 0;
        for (int i = 0; i < base.length(); i++) {
            int d = base.charAt(base.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return base + (char) ('0' + (10 - sum % 10) % 10);
    }

    private static String breakKey(String id) {
        char last = id.charAt(id.length() - 1);
        return id.substring(0, id.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }
}
