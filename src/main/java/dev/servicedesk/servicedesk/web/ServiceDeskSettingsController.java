package dev.servicedesk.servicedesk.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.common.NotFoundException;
import dev.servicedesk.common.RoutedPath;
import dev.servicedesk.issues.DescriptionTemplateService;
import dev.servicedesk.projects.ProjectAccess;
import dev.servicedesk.projects.ProjectService;
import dev.servicedesk.projects.Visibility;
import dev.servicedesk.servicedesk.MailTemplate;
import dev.servicedesk.servicedesk.MailTemplateService;
import dev.servicedesk.servicedesk.ServiceDeskService;
import dev.servicedesk.servicedesk.ServiceDeskSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /<project>/-/settings/service_desk}: GitLab's Settings > General > Service Desk, with the
 * editors of the mails sent to customers. Maintainer+ only; everyone else gets 404, as for the
 * other settings pages, so the address leaks nowhere.
 */
@Controller
@RequestMapping("/-/project/{project}/settings/service_desk")
class ServiceDeskSettingsController {

    private static final java.util.Set<String> FIELDS = java.util.Set.of("customSuffix", "issueTemplateKey", "outgoingName");
    private static final java.util.List<MailTemplate> EDITABLE = java.util.List.of(MailTemplate.values());

    private final ProjectService projects;
    private final ServiceDeskService serviceDesk;
    private final DescriptionTemplateService templates;
    private final MailTemplateService mailTemplates;
    private final MailTemplatePreview preview;

    ServiceDeskSettingsController(ProjectService projects, ServiceDeskService serviceDesk, DescriptionTemplateService templates,
                                  MailTemplateService mailTemplates, MailTemplatePreview preview) {
        this.projects = projects;
        this.serviceDesk = serviceDesk;
        this.templates = templates;
        this.mailTemplates = mailTemplates;
        this.preview = preview;
    }

    @GetMapping
    String show(Actor actor, @PathVariable String project, Model model) {
        ProjectAccess access = maintainable(actor, project);
        return page(access, ServiceDeskSettingsForm.of(serviceDesk.settings(access.project().id())), Map.of(), null, model);
    }

    @PostMapping
    String update(Actor actor, @PathVariable String project, @ModelAttribute("form") ServiceDeskSettingsForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        ProjectAccess access = maintainable(actor, project);
        try {
            ServiceDeskSettings saved = serviceDesk.update(actor, access.project().id(), form.toChange());
            String alias = serviceDesk.customAddress(access.project(), saved);
            redirect.addFlashAttribute("notice", "Service Desk settings were saved."
                    + (alias != null && saved.enabled() ? " Customers can now also write to " + alias + "." : ""));
            return "redirect:" + url(access);
        } catch (InvalidInputException e) {
            if (FIELDS.contains(e.field())) {
                result.rejectValue(e.field(), "invalid", e.getMessage());
            } else {
                result.reject("invalid", e.getMessage());
            }
            return page(access, form, Map.of(), null, model);
        }
    }

    /** One mail template: {@code action} is {@code preview} (render only), {@code save} or {@code reset}. */
    @PostMapping("/mail_templates/{template}")
    String mailTemplate(Actor actor, @PathVariable String project, @PathVariable String template,
                        @RequestParam(defaultValue = "") String content, @RequestParam(defaultValue = "save") String action,
                        Model model, RedirectAttributes redirect) {
        ProjectAccess access = maintainable(actor, project);
        MailTemplate mailTemplate;
        try {
            mailTemplate = MailTemplate.fromKey(template);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Mail template");
        }
        long projectId = access.project().id();
        switch (action) {
            case "preview" -> {
                return page(access, ServiceDeskSettingsForm.of(serviceDesk.settings(projectId)), Map.of(mailTemplate, content),
                        mailTemplate, model);
            }
            case "reset" -> {
                mailTemplates.reset(actor, projectId, mailTemplate);
                redirect.addFlashAttribute("notice", "The " + mailTemplate.key() + " template is back to the default text.");
            }
            default -> {
                try {
                    mailTemplates.save(actor, projectId, mailTemplate, content);
                } catch (InvalidInputException e) {
                    model.addAttribute("mailTemplateError", e.getMessage());
                    return page(access, ServiceDeskSettingsForm.of(serviceDesk.settings(projectId)), Map.of(mailTemplate, content),
                            mailTemplate, model);
                }
                redirect.addFlashAttribute("notice", "The " + mailTemplate.key() + " template was saved.");
            }
        }
        return "redirect:" + url(access) + "#mail-template-" + mailTemplate.key();
    }

    private ProjectAccess maintainable(Actor actor, String project) {
        ProjectAccess access = projects.get(actor, RoutedPath.decode(project));
        if (!access.canAdminProject()) {
            throw new NotFoundException("Service Desk settings");
        }
        return access;
    }

    private static String url(ProjectAccess access) {
        return "/" + access.project().fullPath() + "/-/settings/service_desk";
    }

    /** {@code drafts}: texts being edited that are not saved; {@code previewed}: the template whose preview to show. */
    private String page(ProjectAccess access, ServiceDeskSettingsForm form, Map<MailTemplate, String> drafts,
                        MailTemplate previewed, Model model) {
        long projectId = access.project().id();
        ServiceDeskSettings current = serviceDesk.settings(projectId);
        Map<MailTemplate, String> texts = new LinkedHashMap<>();
        Map<MailTemplate, Boolean> customised = new LinkedHashMap<>();
        for (MailTemplate template : EDITABLE) {
            texts.put(template, drafts.getOrDefault(template, mailTemplates.content(projectId, template)));
            customised.put(template, mailTemplates.custom(projectId, template).isPresent());
        }
        model.addAttribute("access", access);
        model.addAttribute("project", access.project());
        model.addAttribute("form", form);
        model.addAttribute("publicProject", access.project().visibility() == Visibility.PUBLIC);
        model.addAttribute("addresses", serviceDesk.visibleAddresses(access));
        model.addAttribute("customAddressesAvailable", serviceDesk.customAddressesAvailable());
        model.addAttribute("customAddress", serviceDesk.customAddress(access.project(), current));
        model.addAttribute("templatesBySource", templates.availableBySource(projectId));
        model.addAttribute("mailTemplates", EDITABLE);
        model.addAttribute("mailTemplateTexts", texts);
        model.addAttribute("mailTemplateCustomised", customised);
        model.addAttribute("placeholders", MailTemplate.PLACEHOLDERS);
        model.addAttribute("previewed", previewed);
        model.addAttribute("previewHtml", previewed == null ? null : preview.render(access.project(), texts.get(previewed)));
        model.addAttribute("base", url(access));
        return "servicedesk/settings";
    }
}
