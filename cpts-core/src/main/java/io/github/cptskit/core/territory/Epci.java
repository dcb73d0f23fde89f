package io.github.cptskit.core.territory;

import java.util.Objects;

/**
 * An EPCI à fiscalité propre (<i>établissement public de coopération intercommunale</i>: the
 * intercommunality a commune belongs to, such as a communauté de communes), as listed by the DGCL
 * for 2026. CPTS territories are often drawn from whole EPCI; the registry gives an EPCI's communes
 * with {@link CommuneRegistry#territoryOf(Epci)}.
 *
 * <pre>{@code
 * Epci lyon = CommuneRegistry.bundled().find("69123").get().epci().get(); // Métropole de Lyon
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param siren the EPCI's SIREN number (9 digits)
 * @param kind its legal kind
 * @param name its name
 */
public record Epci(String siren, Kind kind, String name) {

    /** The legal kinds of EPCI à fiscalité propre. */
    public enum Kind {
        /** Communauté de communes (CC). */
        CC,
        /** Communauté d'agglomération (CA). */
        CA,
        /** Communauté urbaine (CU). */
        CU,
        /** Métropole (METRO). */
        METRO,
        /** Métropole de Lyon (MET69), a collectivity with special status. */
        MET69
    }

    /**
     * Checks the components.
     *
     * @param siren the EPCI's SIREN number (9 digits)
     * @param kind its legal kind
     * @param name its name
     */
    public Epci {
        Objects.requireNonNull(siren, "siren");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return "Epci[" + siren + " " + name + "]";
    }
}
