package dev.servicedesk.api.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.servicedesk.common.InvalidInputException;

/**
 * A request's parameters as GitLab reads them: query string, form fields and a JSON body merged
 * (python-gitlab sends JSON, curl users send forms). Lists may come as JSON arrays,
 * {@code name[]=a&name[]=b} or, for labels, {@code a,b}.
 */
public final class ApiParams {

    private final Map<String, Object> values;

    public ApiParams(Map<String, Object> values) {
        this.values = new HashMap<>(values);
    }

    public boolean has(String name) {
        return values.containsKey(name) || values.containsKey(name + "[]");
    }

    public String string(String name) {
        Object value = values.get(name);
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : String.valueOf(list.get(0));
        }
        return value == null ? null : String.valueOf(value);
    }

    public String string(String name, String fallback) {
        String value = string(name);
        return value == null ? fallback : value;
    }

    public String required(String name) {
        String value = string(name);
        if (value == null) {
            throw new MissingParameterException(name);
        }
        return value;
    }

    public Long longValue(String name) {
        String value = string(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " is invalid");
        }
    }

    public long requiredLong(String name) {
        Long value = longValue(name);
        if (value == null) {
            throw new MissingParameterException(name);
        }
        return value;
    }

    public int intValue(String name, int fallback) {
        Long value = longValue(name);
        return value == null ? fallback : Math.toIntExact(value);
    }

    public Boolean bool(String name) {
        String value = string(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase()) {
            case "true", "1", "yes", "t" -> true;
            case "false", "0", "no", "f" -> false;
            default -> throw new InvalidInputException(name, name + " is invalid");
        };
    }

    /** A list: JSON array, repeated {@code name[]}, or comma-separated. */
    public List<String> list(String name) {
        Object value = values.containsKey(name) ? values.get(name) : values.get(name + "[]");
        if (value == null) {
            return null;
        }
        List<String> items = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                items.addAll(split(String.valueOf(item)));
            }
        } else {
            items.addAll(split(String.valueOf(value)));
        }
        return items;
    }

    public List<Long> longList(String name) {
        List<String> items = list(name);
        if (items == null) {
            return null;
        }
        try {
            return items.stream().map(Long::parseLong).toList();
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " is invalid");
        }
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }

    /** GitLab answers a missing required parameter with 400 {@code {"error": "title is missing"}}. */
    public static final class MissingParameterException extends RuntimeException {
        public MissingParameterException(String name) {
            super(name + " is missing");
        }
    }
}
