package dev.servicedesk.api.internal;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.ObjectMapper;

/** Writes GitLab's error bodies where no controller runs (the security filters). */
final class ApiErrorResponses {

    private ApiErrorResponses() {
    }

    static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String message) throws IOException {
        send(json, response, status, Map.of("message", message));
    }

    static void writeError(ObjectMapper json, HttpServletResponse response, HttpStatus status, String error, String description)
            throws IOException {
        send(json, response, status, Map.of("error", error, "error_description", description));
    }

    private static void send(ObjectMapper json, HttpServletResponse response, HttpStatus status, Object body) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
