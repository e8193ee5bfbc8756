package dev.servicedesk.servicedesk.web;

import java.util.Map;

import dev.servicedesk.common.InstanceProperties;
import dev.servicedesk.common.Markdown;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.servicedesk.Placeholders;
import org.springframework.stereotype.Component;

/** A mail template filled with sample values and rendered as the customer would see it (sanitised HTML). */
@Component
class MailTemplatePreview {

    private final Markdown markdown;
    private final InstanceProperties instance;

    MailTemplatePreview(Markdown markdown, InstanceProperties instance) {
        this.markdown = markdown;
        this.instance = instance;
    }

    String render(ProjectView project, String content) {
        Map<String, String> sample = Map.of(
                "ISSUE_ID", "#42",
                "ISSUE_PATH", project.fullPath() + "#42",
                "ISSUE_URL", instance.url("/" + project.fullPath() + "/-/issues/42"),
                "ISSUE_DESCRIPTION", "My printer is on fire. What should I do?",
                "NOTE_TEXT", "Have you tried turning it off and on again?",
                "UNSUBSCRIBE_URL", instance.url("/-/sent_notifications/0123456789abcdef0123456789abcdef/unsubscribe"),
                "SYSTEM_HEADER", "",
                "SYSTEM_FOOTER", "",
                "ADDITIONAL_TEXT", "");
        return markdown.toHtml(Placeholders.fill(content == null ? "" : content, sample));
    }
}
