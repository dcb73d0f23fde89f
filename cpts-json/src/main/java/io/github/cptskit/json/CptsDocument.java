package io.github.cptskit.json;

import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.json.internal.CptsDocumentReader;
import io.github.cptskit.json.internal.CptsDocumentWriter;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * The CPTS JSON document that {@code cpts validate} reads (and {@link #write} writes): a CPTS as its registration file describes it
 * (name, communes, lifecycle with its step notes and an ARS objection, legal form, SIREN, RNA, SIRETs,
 * seat, missions with their start dates, members with their roles and dates, structures' constitutions,
 * professionals' sites): everything a {@code Cpts} holds. Every problem of
 * a document is reported at once, each located by line, column and JSON path; its JSON Schema is the
 * resource {@code io/github/cptskit/json/cpts-document.schema.json} (draft 2020-12). Format: docs/cli.md.
 *
 * <pre>{@code
 * Validation<Seq<Problem>, Cpts> cpts = CptsDocument.read(Files.readString(path), path.toString());
 * }</pre>
 */
public final class CptsDocument {
    private CptsDocument() {}

    /** The JSON Schema of the document, a class-path resource of this module. */
    public static final String SCHEMA = "/io/github/cptskit/json/cpts-document.schema.json";

    /**
     * Reads a document.
     *
     * @param json the document's text
     * @param source the name shown in locations, e.g. the file name
     * @return the CPTS, or every problem found (codes {@code JSON_SYNTAX}, {@code JSON_MISSING_FIELD},
     *     the identifiers' and the territory's own codes …), located
     */
    public static Validation<Seq<Problem>, Cpts> read(String json, String source) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(source, "source");
        return CptsDocumentReader.create().read(json, source);
    }

    /**
     * Writes the document of a CPTS; {@link #read} gives it back equal.
     *
     * @param cpts the CPTS
     * @return the document
     * @throws IllegalArgumentException if the CPTS would not read back equal (a lifecycle built by hand out
     *     of the order its steps allow): write such a CPTS with {@link CptsModule}, never a document that
     *     would silently change it
     */
    public static String write(Cpts cpts) {
        return CptsDocumentWriter.write(Objects.requireNonNull(cpts, "cpts"));
    }
}
