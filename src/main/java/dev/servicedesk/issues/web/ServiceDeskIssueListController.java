package dev.servicedesk.issues.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.accounts.UserService;
import dev.servicedesk.common.EmailMask;
import dev.servicedesk.common.RoutedPath;
import dev.servicedesk.issues.IssueFilter;
import dev.servicedesk.issues.IssueListService;
import dev.servicedesk.issues.IssuePage;
import dev.servicedesk.issues.IssueView;
import dev.servicedesk.issues.LabelService;
import dev.servicedesk.issues.ServiceDeskAddressLookup;
import dev.servicedesk.projects.ProjectAccess;
import dev.servicedesk.projects.ProjectService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /<project>/-/issues/service_desk}: the issues the Support Bot opened from mail, with the
 * customer's address (masked below Reporter), and the same filters as the issue list.
 */
@Controller
class ServiceDeskIssueListController {

    private final ProjectService projects;
    private final IssueListService list;
    private final LabelService labels;
    private final UserService users;
    private final IssuePresenter presenter;
    private final ServiceDeskAddressLookup addresses;

    ServiceDeskIssueListController(ProjectService projects, IssueListService list, LabelService labels, UserService users,
                                   IssuePresenter presenter, ServiceDeskAddressLookup addresses) {
        this.projects = projects;
        this.list = list;
        this.labels = labels;
        this.users = users;
        this.presenter = presenter;
        this.addresses = addresses;
    }

    @GetMapping("/-/project/{project}/issues/service_desk")
    String list(Actor actor, @PathVariable String project, @RequestParam MultiValueMap<String, String> query, Model model) {
        ProjectAccess access = projects.get(actor, RoutedPath.decode(project));
        IssueListParams params = IssueListParams.from(query);
        IssueFilter filter = params.toFilter(users);
        // The author is always the Support Bot here; an author filter from the query is not applied.
        IssueFilter bySupportBot = new IssueFilter(filter.state(), filter.search(), filter.labels(), users.supportBotId(),
                filter.assigneeId(), filter.confidential(), filter.orderBy(), filter.ascending(), filter.page(), filter.perPage());
        IssuePage page = list.search(actor, access.project().id(), bySupportBot);
        presenter.addNames(model, page.issues(), List.of());
        Map<Long, String> externalAuthors = new HashMap<>();
        for (IssueView issue : page.issues()) {
            if (issue.externalAuthorEmail() != null) {
                externalAuthors.put(issue.id(), access.canSeeServiceDeskAddress()
                        ? issue.externalAuthorEmail() : EmailMask.mask(issue.externalAuthorEmail()));
            }
        }
        model.addAttribute("access", access);
        model.addAttribute("project", access.project());
        model.addAttribute("params", params);
        model.addAttribute("page", page);
        model.addAttribute("labels", labels.list(actor, access.project().id()));
        model.addAttribute("base", "/" + access.project().fullPath() + "/-/issues/service_desk");
        model.addAttribute("issueBase", "/" + access.project().fullPath() + "/-/issues");
        model.addAttribute("externalAuthors", externalAuthors);
        model.addAttribute("serviceDeskEnabled", addresses.isEnabled(access.project().id()));
        model.addAttribute("serviceDeskAddresses", addresses.visibleAddresses(access));
        return "issues/service_desk";
    }
}
