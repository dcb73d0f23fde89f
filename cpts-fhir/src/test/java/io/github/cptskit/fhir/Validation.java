package io.github.cptskit.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's validator with the R4 instance validator and the French profiles, built once (it is
 * thread-safe and slow to build), no network:
 *
 * <ul>
 *   <li>the core R4 definitions ({@code DefaultProfileValidationSupport});
 *   <li>the StructureDefinitions, ValueSets and CodeSystems of FR Core and the ANS Annuaire IG vendored
 *       under {@code src/test/resources/profiles} (their README says which, from where, at which version,
 *       under which licence), in a {@code PrePopulatedValidationSupport}, with snapshot generation for
 *       any that would come without one; FR Core references pinned at {@code |2.2.0} (the Annuaire's)
 *       resolve to the vendored 2.2.0-ballot-2 ({@link FrCoreBallot});
 *   <li>in-memory terminology and the common code systems;
 *   <li>an <b>unknown code system is a warning, not an error</b>
 *       ({@code UnknownCodeSystemWarningValidationSupport}): the ANS's NOS code systems (TRE_G15, TRE_R23,
 *       TRE_R38, TRE_R13, TRE_R94, TRE_R95, TRE_R244, TRE_R395…) and cptskit's own are not vendored, so
 *       a code of theirs cannot be checked here (docs/fhir.md, "Validation").
 * </ul>
 *
 * <p>A resource is checked against the profiles its {@code meta.profile} claims; a claimed profile that
 * is not loaded is an error ({@code errorForUnknownProfiles}, HAPI's default).
 */
final class Validation {
    private Validation() {}

    /** The folder of the vendored profiles on the test class path. */
    static final String PROFILES = "profiles";

    private static final FhirInstanceValidator MODULE = build();
    private static final FhirValidator VALIDATOR =
            CptsFhir.context().newValidator().registerValidatorModule(MODULE);

    /** The instance validator with the French profiles, for a validator of one's own (with options). */
    static FhirInstanceValidator module() {
        return MODULE;
    }

    private static FhirInstanceValidator build() {
        var ctx = CptsFhir.context();
        PrePopulatedValidationSupport french = new PrePopulatedValidationSupport(ctx);
        var parser = ctx.newJsonParser();
        for (Path file : vendored()) {
            try (InputStream in = Files.newInputStream(file)) {
                french.addResource(parser.parseResource(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        UnknownCodeSystemWarningValidationSupport unknownCodeSystems =
                new UnknownCodeSystemWarningValidationSupport(ctx);
        unknownCodeSystems.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(ctx),
                french,
                new FrCoreBallot(ctx, french),
                new SnapshotGeneratingValidationSupport(ctx),
                new CommonCodeSystemsTerminologyService(ctx),
                new InMemoryTerminologyServerValidationSupport(ctx),
                unknownCodeSystems);
        return new FhirInstanceValidator(chain);
    }

    /**
     * Resolves the FR Core references the Annuaire IG pins at {@code |2.2.0} to the vendored FR Core
     * 2.2.0-ballot-2 (the version the file look-ups could read): HAPI resolves a versioned canonical
     * exactly, so without this the Annuaire's {@code fr-core-address-insee-code|2.2.0} and its FR Core value
     * sets would not be found. Only FR Core's canonical base and only that version are rewritten.
     */
    static final class FrCoreBallot implements IValidationSupport {
        static final String FR_CORE = "https://hl7.fr/ig/fhir/core/";
        static final String PINNED = "|2.2.0";
        private final FhirContext ctx;
        private final IValidationSupport vendored;

        FrCoreBallot(FhirContext ctx, IValidationSupport vendored) {
            this.ctx = ctx;
            this.vendored = vendored;
        }

        private static String unpinned(String url) {
            return url != null && url.startsWith(FR_CORE) && url.endsWith(PINNED)
                    ? url.substring(0, url.length() - PINNED.length())
                    : null;
        }

        @Override
        public IBaseResource fetchStructureDefinition(String url) {
            String u = unpinned(url);
            return u == null ? null : vendored.fetchStructureDefinition(u);
        }

        @Override
        public IBaseResource fetchValueSet(String url) {
            String u = unpinned(url);
            return u == null ? null : vendored.fetchValueSet(u);
        }

        @Override
        public IBaseResource fetchCodeSystem(String url) {
            String u = unpinned(url);
            return u == null ? null : vendored.fetchCodeSystem(u);
        }

        @Override
        public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
            String u = unpinned(url);
            return u == null ? null : vendored.fetchResource(type, u);
        }

        @Override
        public FhirContext getFhirContext() {
            return ctx;
        }

        @Override
        public String getName() {
            return "FR Core |2.2.0 to the vendored 2.2.0-ballot-2";
        }
    }

    /** The vendored JSON resources (every {@code *.json} but the packages' {@code package.json}). */
    static List<Path> vendored() {
        URL root = Objects.requireNonNull(Validation.class.getClassLoader().getResource(PROFILES), PROFILES);
        try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
            return files.filter(f -> f.toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().equals("package.json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every message of the validator on a resource. */
    static List<SingleValidationMessage> messages(IBaseResource resource) {
        return VALIDATOR.validateWithResult(resource).getMessages();
    }

    /** The errors (and fatal errors) the validator finds in a resource. */
    static List<String> errors(IBaseResource resource) {
        return messages(resource).stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(SingleValidationMessage::toString)
                .toList();
    }
}
