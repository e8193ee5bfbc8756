package dev.servicedesk.api;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.accounts.UserService;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.api.internal.ApiJsonMapper;
import dev.servicedesk.api.internal.ApiLookup;
import dev.servicedesk.api.internal.ApiParams;
import dev.servicedesk.api.internal.Pagination;
import dev.servicedesk.api.json.NoteJson;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.issues.IssueService;
import dev.servicedesk.issues.IssueView;
import dev.servicedesk.issues.NoteService;
import dev.servicedesk.issues.NoteView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Notes of an issue; internal ones only for Reporter+, as in the UI. */
@RestController
@RequestMapping("/api/v4/projects/{id}/issues/{iid}/notes")
class NotesApiController {

    private final NoteService notes;
    private final IssueService issues;
    private final UserService users;
    private final ApiLookup lookup;
    private final ApiJsonMapper json;

    NotesApiController(NoteService notes, IssueService issues, UserService users, ApiLookup lookup, ApiJsonMapper json) {
        this.notes = notes;
        this.issues = issues;
        this.users = users;
        this.lookup = lookup;
        this.json = json;
    }

    /** GitLab's default order is newest first ({@code sort=desc}, {@code order_by=created_at}). */
    @GetMapping
    List<NoteJson> list(Actor actor, @PathVariable String id, @PathVariable int iid, ApiParams params,
                        HttpServletRequest request, HttpServletResponse response) {
        long projectId = lookup.project(actor, id).project().id();
        IssueView issue = issues.get(actor, projectId, iid);
        Pagination pagination = Pagination.of(params);
        String sort = params.string("sort", "desc");
        if (!List.of("asc", "desc").contains(sort)) {
            throw new InvalidInputException("sort", "sort does not have a valid value");
        }
        Comparator<NoteView> order = Comparator.comparing(NoteView::createdAt).thenComparing(NoteView::id);
        if (params.string("order_by", "created_at").equals("updated_at")) {
            order = Comparator.comparing(NoteView::updatedAt).thenComparing(NoteView::id);
        }
        List<NoteView> all = notes.list(actor, projectId, iid).stream()
                .sorted(sort.equals("asc") ? order : order.reversed()).toList();
        pagination.writeHeaders(request, response, all.size());
        List<NoteView> page = ApiJsonMapper.page(all, pagination.page(), pagination.perPage());
        Map<Long, UserView> authors = users.findAllById(page.stream().map(NoteView::authorId).collect(Collectors.toSet()));
        return page.stream().map(note -> json.note(note, issue, authors.get(note.authorId()))).toList();
    }

    @PostMapping
    ResponseEntity<Object> create(Actor actor, @PathVariable String id, @PathVariable int iid, ApiParams params) {
        ApiLookup.signedIn(actor);
        long projectId = lookup.project(actor, id).project().id();
        boolean internal = Boolean.TRUE.equals(params.bool("internal")) || Boolean.TRUE.equals(params.bool("confidential"));
        NoteView note = notes.add(actor, projectId, iid, params.required("body"), internal);
        IssueView issue = issues.get(actor, projectId, iid);
        if (note == null) {
            // Only quick actions: they ran and no note was stored; GitLab answers 202 in that case too.
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("summary", List.of("Quick actions were applied")));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(json.note(note, issue, users.getById(note.authorId())));
    }

    @GetMapping("/{noteId}")
    NoteJson get(Actor actor, @PathVariable String id, @PathVariable int iid, @PathVariable long noteId) {
        long projectId = lookup.project(actor, id).project().id();
        IssueView issue = issues.get(actor, projectId, iid);
        NoteView note = notes.get(actor, projectId, iid, noteId);
        return json.note(note, issue, users.getById(note.authorId()));
    }

    @PutMapping("/{noteId}")
    NoteJson update(Actor actor, @PathVariable String id, @PathVariable int iid, @PathVariable long noteId, ApiParams params) {
        ApiLookup.signedIn(actor);
        long projectId = lookup.project(actor, id).project().id();
        NoteView note = notes.edit(actor, projectId, iid, noteId, params.required("body"));
        return json.note(note, issues.get(actor, projectId, iid), users.getById(note.authorId()));
    }

    @DeleteMapping("/{noteId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Actor actor, @PathVariable String id, @PathVariable int iid, @PathVariable long noteId) {
        ApiLookup.signedIn(actor);
        notes.delete(actor, lookup.project(actor, id).project().id(), iid, noteId);
    }
}
