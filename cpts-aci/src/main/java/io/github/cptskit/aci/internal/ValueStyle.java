package io.github.cptskit.aci.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of cpts-aci, as cpts-core's: generated {@code Immutable*} classes stay
 * package-private behind the public abstract type, use only JDK types, and are never needed at run
 * time by consumers (decision record 0002).
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        defaults = @Value.Immutable(copy = true))
public @interface ValueStyle {}
