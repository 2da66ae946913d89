package nl.schakel.web;

import java.time.LocalDate;
import nl.schakel.shared.FormValues;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is read as the OpenAPI document says, never guessed: a boolean is {@code true} or {@code false} (not
 * {@code "true"}, {@code 1} or {@code ""}), a number is a number, a choice is its name (not its position), text is a
 * string (not a number), a date is one a person could enter ({@link FormValues#isDate}: 1900 to 9999, where ISO
 * allows ±999999999, which overflowed date arithmetic and the database: a 500, ADR-0041). A value of the wrong type is a
 * 400 problem naming the field ({@code ApiErrorAdvice}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictJsonTypes() {
        return builder -> builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Boolean, c -> fail(c, scalars()))
                .withCoercionConfig(LogicalType.Integer, c -> fail(c, scalars()))
                .withCoercionConfig(LogicalType.Float, c -> fail(c, scalars()))
                .withCoercionConfig(LogicalType.Enum, c -> fail(c, notText()))
                .withCoercionConfig(LogicalType.DateTime, c -> fail(c, notText()))
                .withCoercionConfig(LogicalType.Collection, c -> fail(c, notText()))
                .withCoercionConfig(LogicalType.Array, c -> fail(c, notText()))
                .withCoercionConfig(LogicalType.Textual, c -> fail(c, numbersAndBooleans()))
                .addModule(dates());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static SimpleModule dates() {
        SimpleModule module = new SimpleModule("schakel-datums");
        // DelegatingDeserializer is a deserializer of Object: the raw Class matches it to LocalDate
        module.addDeserializer((Class) LocalDate.class, new DateInRange(LocalDateDeserializer.INSTANCE));
        return module;
    }

    /** Reads a date as Jackson does and refuses one outside the years a person can enter, as a date of the wrong form. */
    static final class DateInRange extends DelegatingDeserializer {

        DateInRange(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new DateInRange(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = super.deserialize(parser, context);
            if (value instanceof LocalDate date && !FormValues.isDate(date)) {
                return context.handleWeirdStringValue(
                        LocalDate.class, parser.getString(), "not a date from 1900 to 9999");
            }
            return value;
        }
    }

    private static CoercionInputShape[] scalars() {
        return new CoercionInputShape[] {
            CoercionInputShape.Integer,
            CoercionInputShape.Float,
            CoercionInputShape.Boolean,
            CoercionInputShape.String,
            CoercionInputShape.EmptyString
        };
    }

    /** For types read from a string of their own form (a name, a date): anything but a non-empty string fails. */
    private static CoercionInputShape[] notText() {
        return new CoercionInputShape[] {
            CoercionInputShape.Integer,
            CoercionInputShape.Float,
            CoercionInputShape.Boolean,
            CoercionInputShape.EmptyString
        };
    }

    private static CoercionInputShape[] numbersAndBooleans() {
        return new CoercionInputShape[] {
            CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        };
    }

    private static void fail(tools.jackson.databind.cfg.MutableCoercionConfig config, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            config.setCoercion(shape, CoercionAction.Fail);
        }
    }
}
