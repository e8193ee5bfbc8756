package dev.servicedesk.api;

import java.util.HashSet;
import java.util.List;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.accounts.UserService;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.api.internal.ApiLookup;
import dev.servicedesk.api.internal.ApiParams;
import dev.servicedesk.api.internal.IssueJsonAssembler;
import dev.servicedesk.api.internal.Pagination;
import dev.servicedesk.api.json.IssueJson;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.issues.IssueFilter;
import dev.servicedesk.issues.IssueListService;
import dev.servicedesk.issues.IssuePage;
import dev.servicedesk.issues.IssueService;
import dev.servicedesk.issues.IssueTriageService;
import dev.servicedesk.issues.IssueView;
import dev.servicedesk.issues.NewIssue;
import dev.servicedesk.projects.ProjectAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v4")
class IssuesApiController {

    private final IssueService issues;
    private final IssueListService lists;
    private final IssueTriageService triage;
    private final UserService users;
    private final ApiLookup lookup;
    private final IssueJsonAssembler assembler;

    IssuesApiController(IssueService issues, IssueListService lists, IssueTriageService triage, UserService users,
                        ApiLookup lookup, IssueJsonAssembler assembler) {
        this.issues = issues;
        this.lists = lists;
        this.triage = triage;
        this.users = users;
        this.lookup = lookup;
        this.assembler = assembler;
    }

    @GetMapping("/projects/{id}/issues")
    List<IssueJson> list(Actor actor, @PathVariable String id, ApiParams params, HttpServletRequest request,
                         HttpServletResponse response) {
        ProjectAccess access = lookup.project(actor, id);
        IssueFilter filter = filter(params);
        IssuePage page = lists.search(actor, access.project().id(), filter);
        new Pagination(filter.page(), filter.perPage()).writeHeaders(request, response, page.totalFor(filter.state()));
        return assembler.toJson(actor, page.issues());
    }

    /** Across projects; GitLab's default scope is the caller's own issues. */
    @GetMapping("/issues")
    List<IssueJson> listAll(Actor actor, ApiParams params, HttpServletRequest request, HttpServletResponse response) {
        ApiLookup.signedIn(actor);
        IssueFilter filter = filter(params);
        IssuePage page = lists.searchAcross(actor, params.string("scope", "created_by_me"), filter);
        new Pagination(filter.page(), filter.perPage()).writeHeaders(request, response, page.totalFor(filter.state()));
        return assembler.toJson(actor, page.issues());
    }

    @PostMapping("/projects/{id}/issues")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    IssueJson create(Actor actor, @PathVariable String id, ApiParams params) {
        ApiLookup.signedIn(actor);
        ProjectAccess access = lookup.project(actor, id);
        long projectId = access.project().id();
        IssueView issue = issues.create(actor, projectId, new NewIssue(params.required("title"), params.string("description", ""),
                Boolean.TRUE.equals(params.bool("confidential"))));
        if (access.canTriageIssues()) {
            List<String> labels = params.list("labels");
            if (labels != null && !labels.isEmpty()) {
                issue = triage.setLabelsByTitle(actor, projectId, issue.iid(), labels);
            }
            List<Long> assignees = assignees(params);
            if (assignees != null) {
                issue = triage.setAssignees(actor, projectId, issue.iid(), assignees);
            }
        }
        return assembler.toJson(actor, issue);
    }

    @GetMapping("/projects/{id}/issues/{iid}")
    IssueJson get(Actor actor, @PathVariable String id, @PathVariable int iid) {
        ProjectAccess access = lookup.project(actor, id);
        return assembler.toJson(actor, issues.get(actor, access.project().id(), iid));
    }

    /** Title, description, state_event, labels / add_labels / remove_labels, assignee_ids, confidential. */
    @PutMapping("/projects/{id}/issues/{iid}")
    @Transactional
    IssueJson update(Actor actor, @PathVariable String id, @PathVariable int iid, ApiParams params) {
        ApiLookup.signedIn(actor);
        long projectId = lookup.project(actor, id).project().id();
        IssueView issue = issues.get(actor, projectId, iid);
        if (params.has("title") || params.has("description")) {
            issue = issues.edit(actor, projectId, iid, params.string("title", issue.title()),
                    params.string("description", issue.description()));
        }
        if (params.has("labels")) {
            issue = triage.setLabelsByTitle(actor, projectId, iid, params.list("labels"));
        }
        if (params.has("add_labels")) {
            issue = triage.addLabelsByTitle(actor, projectId, iid, params.list("add_labels"));
        }
        if (params.has("remove_labels")) {
            issue = triage.changeLabelsByTitle(actor, projectId, iid, List.of(), params.list("remove_labels"));
        }
        List<Long> assignees = assignees(params);
        if (assignees != null) {
            issue = triage.setAssignees(actor, projectId, iid, assignees);
        }
        Boolean confidential = params.bool("confidential");
        if (confidential != null) {
            issue = triage.setConfidential(actor, projectId, iid, confidential);
        }
        String stateEvent = params.string("state_event");
        if ("close".equals(stateEvent) && issue.open()) {
            issue = issues.close(actor, projectId, iid);
        } else if ("reopen".equals(stateEvent) && !issue.open()) {
            issue = issues.reopen(actor, projectId, iid);
        } else if (stateEvent != null && !List.of("close", "reopen").contains(stateEvent)) {
            throw new InvalidInputException("state_event", "state_event does not have a valid value");
        }
        return assembler.toJson(actor, issue);
    }

    @DeleteMapping("/projects/{id}/issues/{iid}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Actor actor, @PathVariable String id, @PathVariable int iid) {
        ApiLookup.signedIn(actor);
        issues.delete(actor, lookup.project(actor, id).project().id(), iid);
    }

    @PostMapping("/projects/{id}/issues/{iid}/move")
    @ResponseStatus(HttpStatus.CREATED)
    IssueJson move(Actor actor, @PathVariable String id, @PathVariable int iid, ApiParams params) {
        ApiLookup.signedIn(actor);
        long projectId = lookup.project(actor, id).project().id();
        long target = lookup.project(actor, params.required("to_project_id")).project().id();
        return assembler.toJson(actor, issues.move(actor, projectId, iid, target));
    }

    private IssueFilter filter(ApiParams params) {
        Pagination pagination = Pagination.of(params);
        String orderBy = params.string("order_by", "created_at");
        String sort = params.string("sort", "desc");
        if (!List.of("asc", "desc").contains(sort)) {
            throw new InvalidInputException("sort", "sort does not have a valid value");
        }
        Long authorId = null;
        String authorUsername = params.string("author_username");
        if (authorUsername != null) {
            authorId = users.findByUsername(authorUsername).map(UserView::id).orElse(-1L);
        } else if (params.has("author_id")) {
            authorId = params.longValue("author_id");
        }
        List<String> labels = params.list("labels");
        return new IssueFilter(params.string("state", "all"), params.string("search"), labels, authorId,
                params.longValue("assignee_id"), params.bool("confidential"), orderBy, sort.equals("asc"),
                pagination.page(), pagination.perPage());
    }

    private static List<Long> assignees(ApiParams params) {
        if (params.has("assignee_ids")) {
            return params.longList("assignee_ids");
        }
        Long single = params.longValue("assignee_id");
        return single == null ? null : (single == 0 ? List.of() : List.of(single));
    }
}
