package dev.servicedesk.api.internal;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A multipart request over the container's limit fails before any controller is chosen, so the
 * API's own advice (limited to its package) never sees it. GitLab answers 413 with a JSON message.
 * Forms never get here: their CSRF check fails first on a request the container refused to read.
 */
@RestControllerAdvice
class UploadTooLargeAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge() {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(Map.of("message", "413 Request Entity Too Large", "error", "File is too large"));
    }
}
