package dev.servicedesk.issues.web;

import dev.servicedesk.issues.UploadProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The size limit for the file fields of the new-issue form and the comment form on the issue page. */
@ControllerAdvice(assignableTypes = {IssueController.class, IssueListController.class})
class UploadLimitAdvice {

    private final UploadProperties properties;

    UploadLimitAdvice(UploadProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("maxUploadBytes")
    long maxUploadBytes() {
        return properties.maxSize().toBytes();
    }
}
