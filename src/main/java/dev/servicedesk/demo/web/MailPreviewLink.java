package dev.servicedesk.demo.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The admin area's tab to the mail preview shows only while the embedded mail server runs. */
@ControllerAdvice
class MailPreviewLink {

    private final MailPreview preview;

    MailPreviewLink(MailPreview preview) {
        this.preview = preview;
    }

    @ModelAttribute("mailPreviewAvailable")
    boolean mailPreviewAvailable() {
        return preview.available();
    }
}
