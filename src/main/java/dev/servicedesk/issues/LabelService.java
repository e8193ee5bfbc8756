package dev.servicedesk.issues;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.common.NotFoundException;
import dev.servicedesk.issues.internal.Label;
import dev.servicedesk.issues.internal.LabelRepository;
import dev.servicedesk.projects.AccessPolicy;
import dev.servicedesk.projects.ProjectAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's labels: anyone who sees the project sees them; Reporter+ manage them. */
@Service
@Transactional(readOnly = true)
public class LabelService {

    private static final String DEFAULT_COLOR = "#6699cc";

    private final LabelRepository labels;
    private final AccessPolicy policy;

    LabelService(LabelRepository labels, AccessPolicy policy) {
        this.labels = labels;
        this.policy = policy;
    }

    public List<LabelView> list(Actor actor, long projectId) {
        policy.readableProject(actor, projectId);
        return labels.findByProjectIdOrderByTitleAsc(projectId).stream().map(Label::view).toList();
    }

    public Map<Long, LabelView> byId(Collection<Long> ids) {
        return labels.findByIdIn(ids).stream().map(Label::view).collect(Collectors.toMap(LabelView::id, Function.identity()));
    }

    @Transactional
    public LabelView create(Actor actor, long projectId, String title, String color, String description) {
        ProjectAccess access = policy.readableProject(actor, projectId);
        if (!access.canTriageIssues()) {
            throw new ForbiddenException("You need at least the Reporter role to manage labels");
        }
        String cleanTitle = title == null ? "" : title.trim();
        if (cleanTitle.isEmpty()) {
            throw new InvalidInputException("title", "Title can't be blank");
        }
        if (cleanTitle.length() > 255 || cleanTitle.contains(",")) {
            throw new InvalidInputException("title", "Title must be at most 255 characters and contain no comma");
        }
        String cleanColor = color == null || color.isBlank() ? DEFAULT_COLOR : color.trim();
        if (!cleanColor.matches("^#[0-9a-fA-F]{6}$")) {
            throw new InvalidInputException("color", "Color must be a hex color such as #d9534f");
        }
        if (labels.findByProjectIdAndTitleIgnoreCase(projectId, cleanTitle).isPresent()) {
            throw new InvalidInputException("title", "Label '" + cleanTitle + "' already exists");
        }
        return labels.save(new Label(projectId, cleanTitle, cleanColor.toLowerCase(), description)).view();
    }

    @Transactional
    public void delete(Actor actor, long projectId, long labelId) {
        ProjectAccess access = policy.readableProject(actor, projectId);
        if (!access.canTriageIssues()) {
            throw new ForbiddenException("You need at least the Reporter role to manage labels");
        }
        Label label = labels.findById(labelId).filter(found -> found.view().projectId() == projectId)
                .orElseThrow(() -> new NotFoundException("Label"));
        labels.delete(label);
    }
}
