package dev.servicedesk.inbound.internal.steps;

import java.util.Optional;

import dev.servicedesk.issues.DescriptionTemplate;
import dev.servicedesk.issues.DescriptionTemplateService;
import dev.servicedesk.issues.SupportBotNotes;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import dev.servicedesk.servicedesk.ServiceDeskService;
import dev.servicedesk.servicedesk.ServiceDeskSettings;
import org.springframework.stereotype.Component;

/**
 * The project's settings applied to a new Service Desk issue (GITLAB_BEHAVIOUR.md "Creating a
 * Service Desk issue"): the description template appended after the mail's body, confidential by
 * default and always in a public project, and a bot note when the configured template is gone.
 */
@Component
class ServiceDeskIssueDefaults {

    private final ServiceDeskService serviceDesk;
    private final DescriptionTemplateService templates;
    private final SupportBotNotes botNotes;

    ServiceDeskIssueDefaults(ServiceDeskService serviceDesk, DescriptionTemplateService templates, SupportBotNotes botNotes) {
        this.serviceDesk = serviceDesk;
        this.templates = templates;
        this.botNotes = botNotes;
    }

    boolean confidential(ProjectView project) {
        return project.visibility() == Visibility.PUBLIC || serviceDesk.settings(project.id()).confidentialByDefault();
    }

    String description(ProjectView project, String body) {
        return template(project).map(template -> body.isBlank() ? template.content() : body + "\n\n" + template.content())
                .orElse(body);
    }

    /** Called after the issue exists: tells the team when the template it should carry was not found. */
    void noteMissingTemplate(ProjectView project, long issueId) {
        String name = serviceDesk.settings(project.id()).issueTemplateKey();
        if (name != null && template(project).isEmpty()) {
            botNotes.addInternal(issueId, "The description template \"" + name + "\" configured for Service Desk could not be found, "
                    + "so it was not added to this issue. Choose another one in Settings > General > Service Desk.");
        }
    }

    private Optional<DescriptionTemplate> template(ProjectView project) {
        return templates.find(project.id(), serviceDesk.settings(project.id()).issueTemplateKey());
    }
}
