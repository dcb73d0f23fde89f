package io.github.cptskit.fhir.internal;

import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.Writer;
import java.util.SplittableRandom;

/** Writes synthetic Annuaire extractions ({@code PsLibreAcces.writeSynthetic}). */
public final class Synthetic {
    private Synthetic() {}

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

    /**
     * Writes the file.
     *
     * @param out the writer
     * @param lines the data lines
     * @param seed the seed
     * @param communes the communes of the sites
     * @param badEvery one bad line in about this many, 0 for none
     * @param columns the header's columns
     * @throws IOException if writing fails
     */
    public static void write(Writer out, long lines, long seed, Seq<String> communes, int badEvery, Seq<String> columns)
            throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder b = new StringBuilder(512);
        for (String c : columns) {
            b.append(c).append('|');
        }
        out.write(b.append('\n').toString());
        String[] communeCodes = communes.toJavaArray(String[]::new);
        long written = 0;
        long person = 0;
        while (written < lines) {
            person++;
            boolean rpps = random.nextInt(10) < 8;
            String id = rpps ? luhn("1" + digits(random, 9)) : digits(random, 9);
            String type = rpps ? "8" : "0";
            String[] prof = PROFESSIONS[random.nextInt(PROFESSIONS.length)];
            String mode = random.nextInt(4) == 0 ? "S" : "L";
            int activities = 1 + random.nextInt(3);
            for (int a = 0; a < activities && written < lines; a++, written++) {
                String commune = communeCodes[random.nextInt(communeCodes.length)];
                boolean finess = random.nextInt(3) == 0;
                String dep = departement(commune);
                String finessEt = finess ? dep + digits(random, 9 - dep.length()) : "";
                String siret = finess ? "" : siret(random);
                String[] f = new String[columns.size()];
                java.util.Arrays.fill(f, "");
                f[0] = type;
                f[1] = id;
                f[2] = type + id;
                f[3] = "DR";
                f[4] = "Docteur";
                f[7] = "SYNTHETIQUE";
                f[8] = "PERSONNE" + person;
                f[9] = prof[0];
                f[10] = prof[1];
                f[11] = "C";
                f[12] = "Civil";
                if (!prof[2].isEmpty()) {
                    f[13] = "S";
                    f[14] = "Spécialité ordinale";
                    f[15] = prof[2];
                }
                f[17] = mode;
                f[18] = mode.equals("L") ? "Libéral,indépendant,artisan,commerçant" : "Salarié";
                f[19] = siret;
                f[20] = siret.isEmpty() ? "" : siret.substring(0, 9);
                f[21] = finessEt;
                f[24] = "CABINET SYNTHETIQUE " + person;
                f[36] = commune;
                f[38] = "99000";
                if (badEvery > 0 && random.nextInt(badEvery) == 0) {
                    switch (random.nextInt(4)) {
                        case 0 -> f[2] = type.equals("8") ? "8" + breakKey(id) : "0" + id.substring(1);
                        case 1 -> f[9] = "99";
                        case 2 -> f[17] = "";
                        default -> f = java.util.Arrays.copyOf(f, f.length - 3);
                    }
                }
                b.setLength(0);
                for (String x : f) {
                    b.append(x).append('|');
                }
                out.write(b.append('\n').toString());
            }
        }
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
