package dev.servicedesk.issues;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code servicedesk.uploads.max_size}: the largest file a person may upload through the web form
 * or the API (GitLab's default is 100 MB; 25 MB matches the largest mail we take). Files from
 * customers' mails are bounded by the mail size limit instead.
 */
@ConfigurationProperties("servicedesk.uploads")
public record UploadProperties(@DefaultValue("25MB") DataSize maxSize) {

    public UploadProperties {
        if (maxSize == null || maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("servicedesk.uploads.max_size must be positive, e.g. 25MB");
        }
    }
}
