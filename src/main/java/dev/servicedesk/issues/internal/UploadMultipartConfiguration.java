package dev.servicedesk.issues.internal;

import dev.servicedesk.issues.UploadProperties;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's multipart limits, derived from {@code servicedesk.uploads.max_size} so the
 * two cannot disagree. The container's limit is set above ours: a file somewhat too large still
 * reaches the form, which says so next to the field, instead of failing the whole request (and its
 * CSRF token with it). Parts above a megabyte go to a temporary file, not the heap.
 */
@Configuration(proxyBeanMethods = false)
class UploadMultipartConfiguration {

    @Bean
    MultipartConfigElement multipartConfigElement(UploadProperties properties) {
        long max = properties.maxSize().toBytes();
        return new MultipartConfigElement("", 2 * max, 4 * max, (int) DataSize.ofMegabytes(1).toBytes());
    }
}
