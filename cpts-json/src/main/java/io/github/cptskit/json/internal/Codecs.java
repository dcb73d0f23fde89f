package io.github.cptskit.json.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.Serializers;
import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.territory.Commune;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.core.territory.Territory;
import io.github.cptskit.pathways.engine.Event;
import io.vavr.collection.Map;
import io.vavr.collection.Traversable;
import io.vavr.control.Option;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;

/** Which serializer and deserializer each type of the API gets; CptsModule registers these. */
public final class Codecs {
    private Codecs() {}

    private static final String BASE = "io.github.cptskit.";

    /** The package whose enums are written as their published codes (FHIR statuses). */
    private static final String CODE_ENUMS = "io.github.cptskit.pathways.fhir";

    /** @return the serializers */
    public static Serializers serializers() {
        return new Serializers.Base() {
            @Override
            public JsonSerializer<?> findSerializer(
                    SerializationConfig config, JavaType type, BeanDescription beanDesc) {
                Class<?> raw = type.getRawClass();
                if (io.vavr.control.Validation.class.isAssignableFrom(raw)) {
                    return new ControlCodecs.ValidationSerializer();
                }
                if (io.vavr.control.Either.class.isAssignableFrom(raw)) {
                    return new ControlCodecs.EitherSerializer();
                }
                if (ControlCodecs.refused(raw)) {
                    return new ControlCodecs.RefusingSerializer();
                }
                if (Option.class.isAssignableFrom(raw)) {
                    return new VavrCodecs.OptionSerializer(type);
                }
                if (Map.class.isAssignableFrom(raw)) {
                    return new VavrCodecs.MapSerializer(type);
                }
                if (Traversable.class.isAssignableFrom(raw)) {
                    return new VavrCodecs.TraversableSerializer(type);
                }
                if (MonetaryAmount.class.isAssignableFrom(raw)) {
                    return new ValueCodecs.MoneySerializer();
                }
                if (raw == Commune.class) {
                    return new ValueCodecs.CommuneSerializer();
                }
                if (raw == Territory.class) {
                    return new ValueCodecs.TerritorySerializer();
                }
                if (raw == Idnps.class) {
                    return new ValueCodecs.IdnpsSerializer();
                }
                if (raw == Event.class) {
                    return new EventCodec.Serializer();
                }
                Method code = codeOf(raw);
                if (code != null) {
                    return new ValueCodecs.CodeEnumSerializer(raw, code);
                }
                if (isStringRecord(raw)) {
                    return new ValueCodecs.StringRecordSerializer(raw);
                }
                Class<?> value = ImmutablesCodec.valueType(raw);
                if (value != null) {
                    return new ImmutablesCodec.Serializer(value, config.getTypeFactory());
                }
                return null;
            }
        };
    }

    /**
     * @param registry where communes and territories are looked up
     * @return the deserializers
     */
    public static Deserializers deserializers(Supplier<CommuneRegistry> registry) {
        return new Deserializers.Base() {
            @Override
            public JsonDeserializer<?> findBeanDeserializer(
                    JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
                Class<?> raw = type.getRawClass();
                if (io.vavr.control.Validation.class.isAssignableFrom(raw)) {
                    return new ControlCodecs.ControlDeserializer(type, true);
                }
                if (io.vavr.control.Either.class.isAssignableFrom(raw)) {
                    return new ControlCodecs.ControlDeserializer(type, false);
                }
                if (Option.class.isAssignableFrom(raw)) {
                    return new VavrCodecs.OptionDeserializer(type);
                }
                if (Map.class.isAssignableFrom(raw)) {
                    return new VavrCodecs.MapDeserializer(type);
                }
                if (Traversable.class.isAssignableFrom(raw)) {
                    return new VavrCodecs.TraversableDeserializer(type);
                }
                if (raw == MonetaryAmount.class) {
                    return new ValueCodecs.MoneyDeserializer();
                }
                if (raw == Commune.class) {
                    return new ValueCodecs.CommuneDeserializer(registry);
                }
                if (raw == Territory.class) {
                    return new ValueCodecs.TerritoryDeserializer(registry);
                }
                if (raw == Idnps.class) {
                    return new ValueCodecs.IdnpsDeserializer();
                }
                if (raw == Event.class) {
                    return new EventCodec.Deserializer();
                }
                if (isStringRecord(raw)) {
                    return new ValueCodecs.StringRecordDeserializer(raw);
                }
                if (raw.getName().startsWith(BASE) && ImmutablesCodec.valueType(raw) == raw) {
                    return new ImmutablesCodec.Deserializer(raw, config.getTypeFactory());
                }
                return null;
            }

            @Override
            public JsonDeserializer<?> findEnumDeserializer(
                    Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
                Method code = codeOf(type);
                return code == null ? null : new ValueCodecs.CodeEnumDeserializer(type, code);
            }
        };
    }

    /**
     * Records of the API are written with their components only: not with the {@code isError()}-style
     * helpers Jackson would take for properties, which a reader would then reject.
     *
     * @return the modifier
     */
    public static BeanSerializerModifier recordComponentsOnly() {
        return new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(
                    SerializationConfig config, BeanDescription beanDesc, List<BeanPropertyWriter> properties) {
                Class<?> raw = beanDesc.getBeanClass();
                if (!raw.isRecord() || !raw.getName().startsWith(BASE)) {
                    return properties;
                }
                Set<String> components = Arrays.stream(raw.getRecordComponents())
                        .map(RecordComponent::getName)
                        .collect(Collectors.toSet());
                return properties.stream()
                        .filter(p -> components.contains(p.getName()))
                        .collect(Collectors.toList());
            }
        };
    }

    /**
     * The records of the API refuse a field given twice, a float for an integer, and values their
     * constructors refuse, with coded problems.
     *
     * @return the modifier
     */
    public static com.fasterxml.jackson.databind.deser.BeanDeserializerModifier strictRecords() {
        return Strict.records(BASE);
    }

    /** A record of the API with one string component: an identifier or a reference. */
    private static boolean isStringRecord(Class<?> raw) {
        if (!raw.isRecord() || !raw.getName().startsWith(BASE)) {
            return false;
        }
        RecordComponent[] components = raw.getRecordComponents();
        return components.length == 1 && components[0].getType() == String.class;
    }

    private static Method codeOf(Class<?> raw) {
        if (!raw.isEnum() || !raw.getPackageName().equals(CODE_ENUMS)) {
            return null;
        }
        try {
            return raw.getMethod("code");
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
