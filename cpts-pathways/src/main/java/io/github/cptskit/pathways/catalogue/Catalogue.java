package io.github.cptskit.pathways.catalogue;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * The CPTS pathway catalogue, built with the default parameters: P1 médecin traitant, P2 soins non
 * programmés via the SAS, P3 chronic pathway and P3a heart-failure discharge, P4 RCP, P5 coopération,
 * P6 prevention campaign and P6b its per-person pathway, P7 crisis response, P8 and P8b parcours
 * coordonnés renforcés. Each pathway's class builds it with other parameters.
 *
 * <pre>{@code
 * Diagrams.mermaid(Catalogue.find("snp-sas").get().definition());
 * Catalogue.find("P8b").get().parameters();   // maximumDuration = P2Y (UNCONFIRMED, draft arrêté)
 * }</pre>
 */
public final class Catalogue {
    private Catalogue() {}

    // Built once: definitions are immutable and share nothing mutable.
    private static final Seq<Pathway> ALL = List.of(
            AccesMedecinTraitant.pathway(),
            SnpSas.pathway(),
            ParcoursChronique.pathway(),
            SortieInsuffisanceCardiaque.pathway(),
            Rcp.pathway(),
            Cooperation.pathway(),
            Prevention.campaign(),
            Prevention.person(),
            Crisis.pathway(),
            Pcr.structure(),
            Pcr.patient());

    /** @return every pathway, in catalogue order */
    public static Seq<Pathway> all() {
        return ALL;
    }

    /**
     * @param idOrCode a definition id ({@code snp-sas}) or a catalogue code ({@code P2}, case-insensitive)
     * @return the pathway, if any
     */
    public static Option<Pathway> find(String idOrCode) {
        return ALL.find(p -> p.id().equals(idOrCode) || p.code().equalsIgnoreCase(idOrCode));
    }

    /**
     * {@link #all()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public static java.util.List<Pathway> allList() {
        return all().asJava();
    }

    /**
     * {@link #find(String)} as an {@code Optional} (decision record 0004).
     *
     * @param idOrCode a definition id or a catalogue code
     * @return the same value, or empty
     */
    public static java.util.Optional<Pathway> findOptional(String idOrCode) {
        return find(idOrCode).toJavaOptional();
    }
}
