package io.github.cptskit.core.internal;

import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.core.law.EffectiveDated;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.law.Sourced;
import io.github.cptskit.core.territory.SizeBandScale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Reads the bundled size-band scale from {@code size-bands.tsv}, once. */
public final class SizeBandData {

    /** The bundled dated scale. */
    public static final EffectiveDated<SizeBandScale> BUNDLED = load();

    private SizeBandData() {}

    private static EffectiveDated<SizeBandScale> load() {
        EffectiveDated<SizeBandScale> result = EffectiveDated.empty();
        try (InputStream in = SizeBandData.class.getResourceAsStream("size-bands.tsv")) {
            if (in == null) {
                throw new IllegalStateException("size-bands.tsv missing from cpts-core");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                SizeBandScale scale = new SizeBandScale(
                        Long.parseLong(f[1]),
                        SizeBandScale.Boundary.valueOf(f[2]),
                        Long.parseLong(f[3]),
                        SizeBandScale.Boundary.valueOf(f[4]),
                        Long.parseLong(f[5]),
                        SizeBandScale.Boundary.valueOf(f[6]));
                LegalReference ref = LegalReference.of(f[8], f[9]).withDate(LocalDate.parse(f[10]));
                result = result.from(LocalDate.parse(f[0]), Sourced.of(scale, ref, Confidence.valueOf(f[7])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
