package io.github.cptskit.apirules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks a module's exported API against decision record 0004 (docs/decisions/0004-result-convention.md)
 * by reflection, so that a module's build fails on a public method that breaks it:
 *
 * <ol>
 *   <li><b>views</b>: a method returning {@code Option}, a Vavr {@code Seq}, {@code Set} or {@code Map}
 *       has its java.util view, the method's name followed by {@code Optional}, {@code List},
 *       {@code Set} or {@code Map}, with the same parameters and the matching java.util return type;
 *   <li><b>results</b>: a {@code Validation} is a {@code Validation<Seq<Problem>, T>}, an {@code Either}
 *       an {@code Either<Rejection, T>}; no other Vavr type (a {@code Traversable}, {@code Tuple},
 *       {@code Try}, {@code Lazy}…) is returned;
 *   <li><b>parameters</b>: a method taking an {@code Option} or a Vavr collection has an overload of the
 *       same name and arity that takes a plain value, a java.util type or an {@code Iterable} in each of
 *       those places (the builders' setters, the withers and every other method).
 * </ol>
 *
 * <p>The exported packages are read from the module descriptor ({@code module-info.class}) beside the
 * anchor class, on the module path as on the class path. Drop it into any module's tests:
 *
 * <pre>{@code
 * @Test
 * void theApiFollowsDecisionRecord0004() {
 *     ApiRules.of(AciProblem.class).assertFollowed();
 * }
 * }</pre>
 *
 * <p>A method that cannot follow a rule (a helper whose purpose is to read a Vavr value) is exempted by
 * {@link #except(String, String)} with its reason; an exemption that matches nothing fails too, so the
 * list cannot go stale.
 */
public final class ApiRules {

    private static final String VAVR = "io.vavr.";
    private static final String OPTION = "io.vavr.control.Option";
    private static final String VALIDATION = "io.vavr.control.Validation";
    private static final String EITHER = "io.vavr.control.Either";
    private static final String SEQ = "io.vavr.collection.Seq";
    private static final String SET = "io.vavr.collection.Set";
    private static final String MAP = "io.vavr.collection.Map";
    private static final String TRAVERSABLE = "io.vavr.collection.Traversable";
    private static final String PROBLEM = "io.github.cptskit.core.problem.Problem";
    private static final String REJECTION = "io.github.cptskit.pathways.engine.Rejection";

    private final Collection<Class<?>> types;
    private final Map<String, String> exemptions = new LinkedHashMap<>();

    private ApiRules(Collection<Class<?>> types) {
        this.types = types;
    }

    /**
     * The rules over the exported packages of the module holding a class.
     *
     * @param anchor any class of the module (its {@code module-info.class} sits at the root of the same
     *     directory or jar)
     * @return the rules, to check
     */
    public static ApiRules of(Class<?> anchor) {
        Objects.requireNonNull(anchor, "anchor");
        Path root = root(anchor);
        try (FileSystem jar = Files.isDirectory(root) ? null : FileSystems.newFileSystem(root)) {
            Path base = jar == null ? root : jar.getPath("/");
            ModuleDescriptor descriptor;
            try (InputStream in = Files.newInputStream(base.resolve("module-info.class"))) {
                descriptor = ModuleDescriptor.read(in);
            }
            Set<String> exported = descriptor.exports().stream()
                    .filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toCollection(TreeSet::new));
            return new ApiRules(types(base, exported, anchor.getClassLoader()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rules over given packages of a directory of classes, for modules without a descriptor and for
     * the checker's own tests.
     *
     * @param root the directory of the classes
     * @param packages the packages to check
     * @param loader loads the classes
     * @return the rules, to check
     */
    public static ApiRules of(Path root, Set<String> packages, ClassLoader loader) {
        return new ApiRules(types(root, packages, loader));
    }

    /**
     * Exempts a method from the rules, with the reason.
     *
     * @param method as the violations name it, {@code Type.method(ParameterType, …)}
     * @param reason why it cannot follow them
     * @return these rules
     */
    public ApiRules except(String method, String reason) {
        Objects.requireNonNull(method, "method");
        if (Objects.requireNonNull(reason, "reason").isBlank()) {
            throw new IllegalArgumentException("an exemption needs its reason: " + method);
        }
        exemptions.put(method, reason);
        return this;
    }

    /**
     * The exported methods returning a Vavr type, each named {@code Type.method(ParameterType, …)}.
     *
     * @return the methods, sorted
     */
    public List<String> returningVavr() {
        return methods()
                .filter(m -> isVavr(m.method().getReturnType()))
                .map(Member::name)
                .sorted()
                .toList();
    }

    /**
     * Every breach of the rules, one line each, exempted methods left out.
     *
     * @return the breaches, sorted; empty when the module follows the decision record
     */
    public List<String> violations() {
        List<String> all = new ArrayList<>();
        methods().forEach(m -> {
            String name = m.name();
            if (!exemptions.containsKey(name)) {
                check(m.owner(), m.method()).forEach(v -> all.add(name + ": " + v));
            }
        });
        Set<String> names = methods().map(Member::name).collect(Collectors.toSet());
        exemptions.keySet().stream()
                .filter(e -> !names.contains(e))
                .forEach(e -> all.add(e + ": exempted, but no such exported method"));
        all.sort(null);
        return all;
    }

    /**
     * Fails when a method breaks the rules, listing every breach.
     *
     * @throws AssertionError naming each breach
     */
    public void assertFollowed() {
        if (types.isEmpty()) {
            throw new AssertionError("no exported type found: is the anchor in the module checked?");
        }
        List<String> violations = violations();
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " exported method(s) break decision record 0004:\n  "
                    + String.join("\n  ", violations));
        }
    }

    private static List<String> check(Class<?> owner, Method m) {
        List<String> found = new ArrayList<>();
        Class<?> returned = m.getReturnType();
        if (isVavr(returned)) {
            String view = viewSuffix(returned);
            if (view != null) {
                Class<?> expected = switch (view) {
                    case "Optional" -> java.util.Optional.class;
                    case "List" -> java.util.List.class;
                    case "Set" -> java.util.Set.class;
                    default -> java.util.Map.class;
                };
                if (!hasView(owner, m, m.getName() + view, expected)) {
                    found.add("no java.util view " + m.getName() + view + "(…) returning " + expected.getName());
                }
            } else if (returned.getName().equals(VALIDATION)) {
                if (!firstArgument(m.getGenericReturnType(), SEQ, PROBLEM)) {
                    found.add("a Validation is Validation<Seq<Problem>, T>, not " + m.getGenericReturnType());
                }
            } else if (returned.getName().equals(EITHER)) {
                if (!firstArgument(m.getGenericReturnType(), REJECTION, null)) {
                    found.add("an Either is Either<Rejection, T>, not " + m.getGenericReturnType());
                }
            } else {
                found.add("returns " + returned.getName() + ", which has no java.util view");
            }
        }
        Class<?>[] parameters = m.getParameterTypes();
        if (Arrays.stream(parameters).anyMatch(ApiRules::isVavrValue) && !hasPlainOverload(owner, m)) {
            found.add("takes "
                    + Arrays.stream(parameters)
                            .filter(ApiRules::isVavrValue)
                            .map(Class::getSimpleName)
                            .distinct()
                            .collect(Collectors.joining(", "))
                    + " and has no overload taking a plain value, a java.util type or an Iterable");
        }
        return found;
    }

    /** Option, Seq, Set, Map: the types a java.util view stands for; null for any other. */
    private static String viewSuffix(Class<?> type) {
        if (type.getName().equals(OPTION)) {
            return "Optional";
        }
        if (isA(type, SEQ)) {
            return "List";
        }
        if (isA(type, SET)) {
            return "Set";
        }
        if (isA(type, MAP)) {
            return "Map";
        }
        return null;
    }

    /** An Option or a Vavr collection, the parameter types the third rule is about. */
    private static boolean isVavrValue(Class<?> type) {
        return type.getName().equals(OPTION) || isA(type, TRAVERSABLE);
    }

    private static boolean hasView(Class<?> owner, Method m, String name, Class<?> returned) {
        for (Method view : owner.getMethods()) {
            if (view.getName().equals(name)
                    && view.getReturnType() == returned
                    && accepts(view.getParameterTypes(), m.getParameterTypes())
                    && Modifier.isStatic(view.getModifiers()) == Modifier.isStatic(m.getModifiers())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A view takes what its accessor takes: the same types or wider ones ({@code Iterable} for a
     * {@code Seq}), or java.util types where the accessor takes Vavr ones.
     */
    private static boolean accepts(Class<?>[] view, Class<?>[] accessor) {
        if (view.length != accessor.length) {
            return false;
        }
        for (int i = 0; i < view.length; i++) {
            if (!view[i].isAssignableFrom(accessor[i]) && !(isVavrValue(accessor[i]) && !isVavr(view[i]))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasPlainOverload(Class<?> owner, Method m) {
        Class<?>[] ps = m.getParameterTypes();
        for (Method other : owner.getMethods()) {
            Class<?>[] os = other.getParameterTypes();
            if (other.equals(m) || !other.getName().equals(m.getName()) || os.length != ps.length) {
                continue;
            }
            boolean plain = true;
            for (int i = 0; i < ps.length && plain; i++) {
                plain = isVavrValue(ps[i]) ? !isVavr(os[i]) : os[i] == ps[i];
            }
            if (plain) {
                return true;
            }
        }
        return false;
    }

    private static boolean firstArgument(Type type, String raw, String argument) {
        if (!(type instanceof ParameterizedType p)) {
            return false;
        }
        Type first = p.getActualTypeArguments()[0];
        if (argument == null) {
            return first instanceof Class<?> c && c.getName().equals(raw);
        }
        return first instanceof ParameterizedType f
                && f.getRawType() instanceof Class<?> c
                && c.getName().equals(raw)
                && f.getActualTypeArguments()[0] instanceof Class<?> a
                && a.getName().equals(argument);
    }

    private static boolean isVavr(Class<?> type) {
        return type.getName().startsWith(VAVR);
    }

    private static boolean isA(Class<?> type, String name) {
        if (type.getName().equals(name)) {
            return true;
        }
        for (Class<?> i : type.getInterfaces()) {
            if (isA(i, name)) {
                return true;
            }
        }
        return type.getSuperclass() != null && isA(type.getSuperclass(), name);
    }

    /**
     * The public methods of the exported public types, with those they inherit from a hidden type of
     * their package (an Immutables builder's setters, the withers of a {@code With*} interface), but
     * those that override one checked already.
     */
    private Stream<Member> methods() {
        return types.stream()
                .flatMap(t -> Arrays.stream(t.getMethods())
                        .filter(m -> m.getDeclaringClass() == t
                                || (!accessible(m.getDeclaringClass())
                                        && m.getDeclaringClass()
                                                .getPackageName()
                                                .equals(t.getPackageName())))
                        .map(m -> new Member(t, m)))
                .filter(m -> !m.method().isSynthetic() && !m.method().isBridge())
                .filter(m -> !overridesExported(m.method()));
    }

    /** A method as a public type offers it. */
    private record Member(Class<?> owner, Method method) {
        String name() {
            return owner.getName().substring(owner.getPackageName().length() + 1) + "." + method.getName() + "("
                    + Arrays.stream(method.getParameterTypes())
                            .map(Class::getSimpleName)
                            .collect(Collectors.joining(", "))
                    + ")";
        }
    }

    private boolean overridesExported(Method m) {
        if (Modifier.isStatic(m.getModifiers())) {
            return false;
        }
        List<Class<?>> supers =
                new ArrayList<>(Arrays.asList(m.getDeclaringClass().getInterfaces()));
        if (m.getDeclaringClass().getSuperclass() != null) {
            supers.add(m.getDeclaringClass().getSuperclass());
        }
        for (int i = 0; i < supers.size(); i++) {
            Class<?> s = supers.get(i);
            if (types.contains(s)) {
                try {
                    s.getMethod(m.getName(), m.getParameterTypes());
                    return true;
                } catch (NoSuchMethodException e) {
                    // not declared there: keep looking
                }
            }
            supers.addAll(Arrays.asList(s.getInterfaces()));
            if (s.getSuperclass() != null) {
                supers.add(s.getSuperclass());
            }
        }
        return false;
    }

    private static Path root(Class<?> anchor) {
        try {
            return Path.of(
                    anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot locate the classes of " + anchor, e);
        }
    }

    private static List<Class<?>> types(Path base, Set<String> packages, ClassLoader loader) {
        List<Class<?>> found = new ArrayList<>();
        for (String pkg : packages) {
            Path dir = base.resolve(pkg.replace('.', '/'));
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    String file = f.getFileName().toString();
                    if (!file.endsWith(".class") || file.equals("package-info.class")) {
                        continue;
                    }
                    Class<?> c = Class.forName(pkg + "." + file.substring(0, file.length() - 6), false, loader);
                    if (accessible(c)) {
                        found.add(c);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** Public, and nested in public types only. */
    private static boolean accessible(Class<?> c) {
        for (Class<?> t = c; t != null; t = t.getDeclaringClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isSynthetic()) {
                return false;
            }
        }
        return true;
    }
}
