package nl.schakel.web;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.TextInput;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.databind.JsonNode;

/**
 * Every string of every JSON request body passes {@link TextInput}, right after the body is read and before the
 * handler sees it: a control character, a lone surrogate or a text that is too long is an {@link InvalidInputException}
 * for that field, named by its JSON path ({@code betrokkenen[0].naam}), so a 400 problem with a Dutch message. The
 * request records are walked as they are: records, lists, maps, arrays and JSON trees, whatever their depth.
 */
@ControllerAdvice
class TextInputAdvice extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage inputMessage,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        check(body, "", 0);
        return body;
    }

    private static void check(@Nullable Object value, String path, int depth) {
        if (value == null || depth > 32) {
            return;
        }
        if (value instanceof CharSequence text) {
            String problem = TextInput.problem(text.toString());
            if (problem != null) {
                throw new InvalidInputException(path, problem);
            }
        } else if (value instanceof JsonNode node) {
            check(node, path, depth);
        } else if (value instanceof Optional<?> optional) {
            check(optional.orElse(null), path, depth + 1);
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                check(item, path + "[" + i++ + "]", depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                check(key, path, depth + 1);
                check(entry.getValue(), field(path, key), depth + 1);
            }
        } else if (value.getClass().isArray()
                && !value.getClass().getComponentType().isPrimitive()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                check(Array.get(value, i), path + "[" + i + "]", depth + 1);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                check(read(component.getAccessor(), value), field(path, component.getName()), depth + 1);
            }
        }
    }

    /** A body read as a JSON tree rather than into records. */
    private static void check(JsonNode node, String path, int depth) {
        if (depth > 32) {
            return;
        }
        if (node.isString()) {
            check(node.asString(), path, depth);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]", depth + 1);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                check((Object) property.getKey(), path, depth + 1);
                check(property.getValue(), field(path, property.getKey()), depth + 1);
            }
        }
    }

    private static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static @Nullable Object read(Method accessor, Object record) {
        try {
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of a request body", e);
        }
    }
}
