package io.github.cptskit.core.internal.territory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * The content of {@code communes.bin.gz}, as written by {@code scripts/generate-communes.py}, read into
 * columns: one array per field, rows in code order, references between tables as row indexes.
 *
 * <p>The format is binary (big-endian, length-prefixed UTF-8 strings, see {@code docs/data.md}) so
 * that reading it never scans for separators: the whole load stays well under the 100 ms budget
 * even before the JIT has compiled anything. The arrays are filled once by {@link #load()} and never
 * modified afterwards.
 */
public final class CommuneTable {

    /** Resource name, next to this class. */
    public static final String RESOURCE = "communes.bin.gz";

    /** Commune rows with no EPCI have this EPCI index. */
    public static final int NO_EPCI = 0xFFFF;

    /** Commune rows with no population légale have this population. */
    public static final int NO_POPULATION = -1;

    private static final byte[] MAGIC = "CPTSCOG1".getBytes(StandardCharsets.US_ASCII);

    /** The header: the attribution the licence asks for, then how the resource was made. */
    public final String header;

    /** Region codes and names. */
    public final String[] regionCodes;
    /** Region names. */
    public final String[] regionNames;

    /** Département codes. */
    public final String[] departementCodes;
    /** Index of each département's region. */
    public final int[] departementRegions;
    /** Zone ordinal of each département (METRO, DROM, COM). */
    public final int[] departementZones;
    /** Département names. */
    public final String[] departementNames;

    /** EPCI SIREN numbers. */
    public final String[] epciSirens;
    /** Kind ordinal of each EPCI (CC, CA, CU, METRO, MET69). */
    public final int[] epciKinds;
    /** EPCI names. */
    public final String[] epciNames;

    /** Where each commune's record starts: its 5-byte ASCII code (codes are sorted). */
    private final int[] communeOffsets;

    /** The number of communes. */
    public final int communeCount;
    /** Index of each commune's département. */
    public final int[] communeDepartements;
    /** Population légale of each commune, or {@link #NO_POPULATION}. */
    public final int[] communePopulations;
    /** Index of each commune's EPCI, or {@link #NO_EPCI}. */
    public final int[] communeEpcis;
    /** Where each commune's UTF-8 name starts (its length is the byte before). */
    private final int[] communeNameOffsets;

    /** Former or sub-municipal codes, sorted. */
    public final String[] formerCodes;
    /** Kind of each former code: 0 commune déléguée, 1 commune associée, 2 municipal arrondissement. */
    public final int[] formerKinds;
    /** Index of the current commune each former code belongs to. */
    public final int[] formerCurrents;
    /** Names of the former codes. */
    public final String[] formerNames;

    /** The total population, as the generator computed it. */
    public final long totalPopulation;

    private final byte[] b;
    private int p;

    private CommuneTable(byte[] bytes) {
        b = bytes;
        expectMagic();
        header = string(u16());

        int regions = u16();
        regionCodes = new String[regions];
        regionNames = new String[regions];
        for (int i = 0; i < regions; i++) {
            regionCodes[i] = ascii(u8());
            regionNames[i] = string(u8());
        }

        int departements = u16();
        departementCodes = new String[departements];
        departementRegions = new int[departements];
        departementZones = new int[departements];
        departementNames = new String[departements];
        for (int i = 0; i < departements; i++) {
            departementCodes[i] = ascii(u8());
            departementRegions[i] = index(u8(), regions);
            departementZones[i] = u8();
            departementNames[i] = string(u8());
        }

        int epcis = u16();
        epciSirens = new String[epcis];
        epciKinds = new int[epcis];
        epciNames = new String[epcis];
        for (int i = 0; i < epcis; i++) {
            epciSirens[i] = ascii(9);
            epciKinds[i] = u8();
            epciNames[i] = string(u8());
        }

        // Codes and names stay bytes until a commune is asked for: no 70,000 strings at load time.
        int communes = i32();
        if (communes < 0 || communes > b.length) {
            throw malformed("commune count " + communes);
        }
        communeCount = communes;
        communeOffsets = new int[communes];
        communeNameOffsets = new int[communes];
        communeDepartements = new int[communes];
        communePopulations = new int[communes];
        communeEpcis = new int[communes];
        for (int i = 0; i < communes; i++) {
            check(5);
            communeOffsets[i] = p;
            if (i > 0 && compareCodes(communeOffsets[i - 1], p) >= 0) {
                throw malformed("commune codes out of order");
            }
            p += 5;
            communeDepartements[i] = index(u8(), departements);
            communePopulations[i] = i32();
            int epci = u16();
            communeEpcis[i] = epci == NO_EPCI ? NO_EPCI : index(epci, epcis);
            int nameLength = u8();
            check(nameLength);
            communeNameOffsets[i] = p;
            p += nameLength;
        }

        int formers = u16();
        formerCodes = new String[formers];
        formerKinds = new int[formers];
        formerCurrents = new int[formers];
        formerNames = new String[formers];
        for (int i = 0; i < formers; i++) {
            formerCodes[i] = ascii(5);
            formerKinds[i] = u8();
            formerCurrents[i] = index(u16(), communes);
            formerNames[i] = string(u8());
        }

        totalPopulation = ((long) i32() << 32) | (i32() & 0xFFFF_FFFFL);
        expectMagic();
        if (p != b.length) {
            throw malformed("trailing bytes");
        }
    }

    /**
     * Reads and parses the bundled resource.
     *
     * @return the parsed table
     * @throws IllegalStateException if the resource is missing or malformed (a packaging error)
     */
    /**
     * The INSEE code of a commune.
     *
     * @param i its position
     * @return the code
     */
    public String communeCode(int i) {
        return new String(b, communeOffsets[i], 5, StandardCharsets.ISO_8859_1);
    }

    /**
     * The name of a commune.
     *
     * @param i its position
     * @return the name
     */
    public String communeName(int i) {
        int at = communeNameOffsets[i];
        return new String(b, at, b[at - 1] & 0xFF, StandardCharsets.UTF_8);
    }

    /**
     * The position of the commune with a code, by binary search on the sorted codes.
     *
     * @param code a normalised code
     * @return its position, or -1
     */
    public int indexOfCode(String code) {
        if (code.length() != 5) {
            return -1;
        }
        int lo = 0;
        int hi = communeCount - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int o = communeOffsets[mid];
            int c = 0;
            for (int k = 0; k < 5 && c == 0; k++) {
                c = (b[o + k] & 0xFF) - code.charAt(k);
            }
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private int compareCodes(int a, int c) {
        for (int k = 0; k < 5; k++) {
            int d = (b[a + k] & 0xFF) - (b[c + k] & 0xFF);
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }

    public static CommuneTable load() {
        try (InputStream raw = CommuneTable.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException(RESOURCE + " missing from cpts-core");
            }
            try (GZIPInputStream in = new GZIPInputStream(raw, 1 << 16)) {
                return read(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Parses the uncompressed content of the resource.
     *
     * @param bytes the content
     * @return the parsed table
     * @throws IllegalStateException if the content is malformed
     */
    public static CommuneTable read(byte[] bytes) {
        return new CommuneTable(bytes);
    }

    private void expectMagic() {
        if (p + MAGIC.length > b.length || !Arrays.equals(b, p, p + MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw malformed("bad magic number");
        }
        p += MAGIC.length;
    }

    private int u8() {
        check(1);
        return b[p++] & 0xFF;
    }

    private int u16() {
        check(2);
        int v = ((b[p] & 0xFF) << 8) | (b[p + 1] & 0xFF);
        p += 2;
        return v;
    }

    private int i32() {
        check(4);
        int v = ((b[p] & 0xFF) << 24) | ((b[p + 1] & 0xFF) << 16) | ((b[p + 2] & 0xFF) << 8) | (b[p + 3] & 0xFF);
        p += 4;
        return v;
    }

    private String ascii(int length) {
        check(length);
        // Codes are ASCII: Latin-1 decoding is a plain copy.
        String s = new String(b, p, length, StandardCharsets.ISO_8859_1);
        p += length;
        return s;
    }

    private String string(int length) {
        check(length);
        String s = new String(b, p, length, StandardCharsets.UTF_8);
        p += length;
        return s;
    }

    private int index(int value, int size) {
        if (value >= size) {
            throw malformed("index " + value + " out of range " + size);
        }
        return value;
    }

    private void check(int length) {
        if (p + length > b.length) {
            throw malformed("truncated");
        }
    }

    private IllegalStateException malformed(String what) {
        return new IllegalStateException(RESOURCE + " malformed at byte " + p + ": " + what);
    }
}
