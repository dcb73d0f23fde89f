package io.github.cptskit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Decision record 0004 on cpts-fhir's exported packages (issue #24): every public method returning a
 * Vavr type has its {@code java.util} view ({@code fooOptional} for an {@code Option}, {@code fooList}
 * for a {@code Seq}/{@code List}, {@code fooSet}, {@code fooMap}), a {@code Validation} is always
 * {@code Validation<Seq<Problem>, T>} (so {@code Results.orElseThrow} applies), and a method taking a
 * Vavr parameter has an overload of the same name and arity without one.
 */
class VavrBoundaryTest {

    @Test
    void everyExportedMethodOfCptsFhirHasItsJavaUtilView() {
        assertThat(violations(exportedClasses())).isEmpty();
    }

    @Test
    void theScanFindsAMethodWithoutView() {
        // The check must be able to fail: a class breaking each rule is reported, one line per breach.
        assertThat(violations(List.of(Broken.class)))
                .hasSize(4)
                .anyMatch(v -> v.contains("name()") && v.contains("nameOptional"))
                .anyMatch(v -> v.contains("items()") && v.contains("itemsList"))
                .anyMatch(v -> v.contains("check()") && v.contains("Validation<Seq<Problem>"))
                .anyMatch(v -> v.contains("take(") && v.contains("overload"));
        assertThat(violations(List.of(Fine.class))).isEmpty();
    }

    /** Breaks every rule. */
    public static final class Broken {
        public Option<String> name() {
            return Option.none();
        }

        public Seq<String> items() {
            return io.vavr.collection.List.empty();
        }

        public Validation<Problem, String> check() {
            return Validation.valid("");
        }

        public void take(Option<String> value) {}
    }

    /** Follows them. */
    public static final class Fine {
        public Option<String> name() {
            return Option.none();
        }

        public Optional<String> nameOptional() {
            return Optional.empty();
        }

        public Validation<Seq<Problem>, String> check() {
            return Validation.valid("");
        }

        public void take(Option<String> value) {}

        public void take(Optional<String> value) {}
    }

    static List<String> violations(List<Class<?>> classes) {
        List<String> found = new ArrayList<>();
        for (Class<?> c : classes) {
            for (Method m : c.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.isBridge()) {
                    continue;
                }
                String where = c.getName() + "." + m.getName() + "("
                        + String.join(
                                ", ",
                                Arrays.stream(m.getParameterTypes())
                                        .map(Class::getSimpleName)
                                        .toList())
                        + ")";
                Class<?> r = m.getReturnType();
                if (r == Validation.class) {
                    if (!problemsFirst(m.getGenericReturnType())) {
                        found.add(where + " returns a Validation that is not Validation<Seq<Problem>, T>");
                    }
                } else if (isVavr(r)) {
                    String view = view(r);
                    if (view == null) {
                        found.add(where + " returns " + r.getName() + ", which has no java.util view");
                    } else {
                        String name = m.getName() + view;
                        boolean has = Arrays.stream(c.getMethods())
                                .anyMatch(v -> v.getName().equals(name)
                                        && Arrays.equals(v.getParameterTypes(), m.getParameterTypes())
                                        && !isVavr(v.getReturnType()));
                        if (!has) {
                            found.add(where + " returns " + r.getSimpleName() + " without its view " + name);
                        }
                    }
                }
                if (Arrays.stream(m.getParameterTypes()).anyMatch(VavrBoundaryTest::isVavr)) {
                    boolean overload = Arrays.stream(c.getMethods())
                            .anyMatch(o -> o.getName().equals(m.getName())
                                    && o.getParameterCount() == m.getParameterCount()
                                    && Arrays.stream(o.getParameterTypes()).noneMatch(VavrBoundaryTest::isVavr));
                    if (!overload) {
                        found.add(where + " takes a Vavr parameter without a java.util overload");
                    }
                }
            }
        }
        return found;
    }

    private static boolean isVavr(Class<?> type) {
        return type.getName().startsWith("io.vavr.");
    }

    private static String view(Class<?> vavr) {
        if (vavr == Option.class) {
            return "Optional";
        }
        if (io.vavr.collection.Map.class.isAssignableFrom(vavr)) {
            return "Map";
        }
        if (io.vavr.collection.Set.class.isAssignableFrom(vavr)) {
            return "Set";
        }
        if (io.vavr.collection.Seq.class.isAssignableFrom(vavr)) {
            return "List";
        }
        return null;
    }

    private static boolean problemsFirst(Type validation) {
        return validation instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof ParameterizedType e
                && e.getRawType() == Seq.class
                && e.getActualTypeArguments()[0] == Problem.class;
    }

    /** The public classes (nested ones included) of the packages cpts-fhir's module descriptor exports. */
    static List<Class<?>> exportedClasses() {
        Path classes;
        ModuleDescriptor descriptor;
        try {
            classes = Path.of(CptsFhir.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
                descriptor = ModuleDescriptor.read(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        assertThat(descriptor.name()).isEqualTo("io.github.cptskit.fhir");
        Set<String> exported = new java.util.TreeSet<>();
        descriptor.exports().forEach(e -> exported.add(e.source()));
        assertThat(exported).contains("io.github.cptskit.fhir", "io.github.cptskit.fhir.annuaire");
        List<Class<?>> found = new ArrayList<>();
        for (String pkg : exported) {
            try (Stream<Path> files = Files.list(classes.resolve(pkg.replace('.', '/')))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = pkg + "." + f.getFileName().toString().replace(".class", "");
                    Class<?> c = Class.forName(name.replace('/', '.'), false, CptsFhir.class.getClassLoader());
                    if (Modifier.isPublic(c.getModifiers()) && !c.isSynthetic() && !c.isAnonymousClass()) {
                        found.add(c);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(found).contains(CptsFhir.class, Registration.class);
        return found;
    }
}
