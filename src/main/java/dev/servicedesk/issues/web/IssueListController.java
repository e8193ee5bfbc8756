package dev.servicedesk.issues.web;

import java.util.Set;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.accounts.UserService;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.common.RoutedPath;
import dev.servicedesk.issues.IssueListService;
import dev.servicedesk.issues.IssuePage;
import dev.servicedesk.issues.IssueService;
import dev.servicedesk.issues.IssueView;
import dev.servicedesk.issues.LabelService;
import dev.servicedesk.projects.ProjectAccess;
import dev.servicedesk.projects.ProjectService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /<project>/-/issues}: the list, the new issue form. */
@Controller
@RequestMapping("/-/project/{project}/issues")
class IssueListController {

    private static final Set<String> FIELDS = Set.of("title", "description", "confidential", "labelIds");

    private final ProjectService projects;
    private final IssueListService list;
    private final IssueService issues;
    private final LabelService labels;
    private final UserService users;
    private final IssuePresenter presenter;
    private final dev.servicedesk.issues.DescriptionTemplateService templates;
    private final FormUploads formUploads;

    IssueListController(ProjectService projects, IssueListService list, IssueService issues, LabelService labels,
                        UserService users, IssuePresenter presenter, dev.servicedesk.issues.DescriptionTemplateService templates,
                        FormUploads formUploads) {
        this.templates = templates;
        this.formUploads = formUploads;
        this.projects = projects;
        this.list = list;
        this.issues = issues;
        this.labels = labels;
        this.users = users;
        this.presenter = presenter;
    }

    @GetMapping
    String list(Actor actor, @PathVariable String project, @RequestParam MultiValueMap<String, String> query, Model model) {
        ProjectAccess access = projects.get(actor, RoutedPath.decode(project));
        IssueListParams params = IssueListParams.from(query);
        IssuePage page = list.search(actor, access.project().id(), params.toFilter(users));
        presenter.addNames(model, page.issues(), java.util.List.of());
        model.addAttribute("access", access);
        model.addAttribute("project", access.project());
        model.addAttribute("params", params);
        model.addAttribute("page", page);
        model.addAttribute("labels", labels.list(actor, access.project().id()));
        model.addAttribute("base", "/" + access.project().fullPath() + "/-/issues");
        return "issues/list";
    }

    @GetMapping("/new")
    String newIssue(Actor actor, @PathVariable String project,
                    @RequestParam(name = "issuable_template", required = false) String template, Model model) {
        ProjectAccess access = projects.get(actor, RoutedPath.decode(project));
        CreateIssueForm form = new CreateIssueForm();
        // GitLab's ?issuable_template=Name: the picker's reload when scripts are off.
        templates.find(access.project().id(), template).ifPresent(found -> form.setDescription(found.content()));
        model.addAttribute("selectedTemplate", template);
        return showForm(actor, access, form, model);
    }

    @PostMapping
    String create(Actor actor, @PathVariable String project, @ModelAttribute("form") CreateIssueForm form,
                  BindingResult result, @RequestParam(name = "files", required = false) java.util.List<MultipartFile> files,
                  Model model, RedirectAttributes redirect) {
        ProjectAccess access = projects.get(actor, RoutedPath.decode(project));
        try {
            form.setDescription(formUploads.append(actor, access.project().id(), form.getDescription(), files));
        } catch (InvalidInputException e) {
            model.addAttribute("fileError", e.getMessage());
            return showForm(actor, access, form, model);
        }
        try {
            IssueView issue = issues.create(actor, access.project().id(), form.toNewIssue());
            redirect.addFlashAttribute("notice", "Issue #" + issue.iid() + " was created.");
            return "redirect:/" + access.project().fullPath() + "/-/issues/" + issue.iid();
        } catch (InvalidInputException e) {
            if (FIELDS.contains(e.field())) {
                result.rejectValue(e.field(), "invalid", e.getMessage());
            } else {
                result.reject("invalid", e.getMessage());
            }
            return showForm(actor, access, form, model);
        }
    }

    private String showForm(Actor actor, ProjectAccess access, CreateIssueForm form, Model model) {
        if (!access.canCreateIssue()) {
            throw new dev.servicedesk.common.ForbiddenException("Sign in to create an issue");
        }
        model.addAttribute("access", access);
        model.addAttribute("project", access.project());
        model.addAttribute("labels", labels.list(actor, access.project().id()));
        model.addAttribute("form", form);
        model.addAttribute("templatesBySource", templates.availableBySource(access.project().id()));
        return "issues/new";
    }
}
