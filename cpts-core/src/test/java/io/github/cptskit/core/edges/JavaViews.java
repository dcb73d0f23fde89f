package io.github.cptskit.core.edges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks every java.util view of a type against its Vavr accessor (decision record 0004): for each
 * public method {@code fooOptional/fooList/fooSet/fooMap(…)} it calls {@code foo(…)} with the same
 * arguments and requires the same values in the same order, and an unmodifiable view.
 */
public final class JavaViews {

    private static final Map<String, Class<?>> SUFFIXES =
            Map.of("Optional", Optional.class, "List", List.class, "Set", Set.class, "Map", Map.class);

    private JavaViews() {}

    /**
     * @param target the instance, or null for the static views
     * @param type the type whose views are checked
     * @param sample an argument for a parameter type
     * @return the number of views checked
     */
    public static int check(Object target, Class<?> type, Function<Class<?>, Object> sample) throws Exception {
        int checked = 0;
        for (Method view : type.getMethods()) {
            if ((target == null) != Modifier.isStatic(view.getModifiers()) || view.isBridge()) {
                continue;
            }
            for (Map.Entry<String, Class<?>> s : SUFFIXES.entrySet()) {
                String name = view.getName();
                if (!name.endsWith(s.getKey()) || view.getReturnType() != s.getValue() || name.equals(s.getKey())) {
                    continue;
                }
                Method vavr;
                try {
                    vavr = type.getMethod(
                            name.substring(0, name.length() - s.getKey().length()), view.getParameterTypes());
                } catch (NoSuchMethodException e) {
                    continue; // not a view (e.g. ProblemsException.problemList has no twin of that name)
                }
                Object[] args = new Object[view.getParameterCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = sample.apply(view.getParameterTypes()[i]);
                }
                Object expected;
                Object actual;
                try {
                    expected = vavr.invoke(target, args);
                    actual = view.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw new AssertionError(type.getSimpleName() + "." + name + " threw", e.getCause());
                }
                String what = type.getSimpleName() + "." + name;
                compare(what, expected, actual);
                checked++;
            }
        }
        return checked;
    }

    @SuppressWarnings("unchecked")
    static void compare(String what, Object expected, Object actual) {
        if (expected instanceof Option<?> o) {
            assertThat((Optional<Object>) actual).as(what).isEqualTo(o.toJavaOptional());
        } else if (expected instanceof Seq<?> seq) {
            List<Object> list = (List<Object>) actual;
            assertThat(list).as(what).isEqualTo(seq.toJavaList());
            assertThatThrownBy(() -> list.add(null))
                    .as(what + " is unmodifiable")
                    .isInstanceOf(UnsupportedOperationException.class);
        } else if (expected instanceof io.vavr.collection.Set<?> set) {
            Set<Object> s = (Set<Object>) actual;
            assertThat(new ArrayList<>(s)).as(what).isEqualTo(set.toJavaList());
            assertThatThrownBy(() -> s.add(null))
                    .as(what + " is unmodifiable")
                    .isInstanceOf(UnsupportedOperationException.class);
        } else if (expected instanceof io.vavr.collection.Map<?, ?> map) {
            Map<Object, Object> m = (Map<Object, Object>) actual;
            List<Map.Entry<Object, Object>> entries = new ArrayList<>();
            for (Tuple2<?, ?> t : map) {
                entries.add(Map.entry(t._1, t._2));
            }
            assertThat(new ArrayList<>(m.entrySet())).as(what).isEqualTo(entries);
            assertThatThrownBy(() -> m.clear())
                    .as(what + " is unmodifiable")
                    .isInstanceOf(UnsupportedOperationException.class);
        } else {
            throw new AssertionError(what + ": no Vavr twin of type " + expected);
        }
    }
}
