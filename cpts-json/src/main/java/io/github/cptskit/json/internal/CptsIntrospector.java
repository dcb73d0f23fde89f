package io.github.cptskit.json.internal;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.jsontype.TypeResolverBuilder;
import com.fasterxml.jackson.databind.jsontype.impl.StdTypeResolverBuilder;
import io.github.cptskit.core.legalform.LegalForm;
import io.github.cptskit.core.member.Member;

/**
 * What CptsModule adds to Jackson's annotations: the {@code kind} property of the sealed interfaces' variants,
 * and the guard methods of the domain types switched off (they make a mapper without the module fail).
 */
public final class CptsIntrospector extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    /** The name of the domain types' guard methods (decision record 0005). */
    public static final String GUARD = "jsonWithoutCptsModule";

    /** The property that names the variant of a sealed type. */
    static final String KIND = "kind";

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public Boolean hasAsValue(Annotated a) {
        return a instanceof AnnotatedMethod m && m.getName().equals(GUARD) ? Boolean.FALSE : null;
    }

    @Override
    public TypeResolverBuilder<?> findTypeResolver(MapperConfig<?> config, AnnotatedClass ac, JavaType baseType) {
        Class<?> sealed = sealedOf(ac.getRawType());
        if (sealed == null) {
            return null;
        }
        return new StdTypeResolverBuilder()
                .init(JsonTypeInfo.Id.CUSTOM, new SealedTypeIds(sealed, baseType, config.getTypeFactory()))
                .inclusion(JsonTypeInfo.As.PROPERTY)
                .typeProperty(KIND);
    }

    static Class<?> sealedOf(Class<?> raw) {
        if (LegalForm.class.isAssignableFrom(raw)) {
            return LegalForm.class;
        }
        if (Member.class.isAssignableFrom(raw)) {
            return Member.class;
        }
        return null;
    }
}
