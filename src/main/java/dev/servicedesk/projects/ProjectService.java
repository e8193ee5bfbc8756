package dev.servicedesk.projects;

import java.util.List;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.common.NotFoundException;
import dev.servicedesk.projects.internal.PathRegistry;
import dev.servicedesk.projects.internal.Project;
import dev.servicedesk.projects.internal.ProjectRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ProjectService {

    private final ProjectRepository projects;
    private final PathRegistry paths;
    private final AccessPolicy policy;
    private final JdbcClient jdbc;

    ProjectService(ProjectRepository projects, PathRegistry paths, AccessPolicy policy, JdbcClient jdbc) {
        this.projects = projects;
        this.paths = paths;
        this.policy = policy;
        this.jdbc = jdbc;
    }

    /** Needs Maintainer in the group. */
    @Transactional
    public ProjectView create(Actor actor, NewProject newProject) {
        GroupAccess group = policy.readableGroup(actor, newProject.groupId());
        if (!group.canCreateProject()) {
            throw new ForbiddenException("You need at least the Maintainer role in " + group.group().fullPath() + " to create a project");
        }
        String name = PathRegistry.checkName(newProject.name());
        Visibility visibility = newProject.visibility() == null ? Visibility.PRIVATE : newProject.visibility();
        PathRegistry.checkVisibility(visibility, group.group().visibility(), group.group().fullPath());
        FullPath fullPath = paths.requireFree(FullPath.of(new FullPath(group.group().fullPath()), newProject.path()));
        Project project = projects.save(new Project(newProject.groupId(), name, fullPath.lastSegment(), fullPath.value(),
                visibility, newProject.description()));
        paths.claimForProject(fullPath, project.getId());
        return project.view();
    }

    /** Name, description and visibility: Maintainer+, within the group's visibility. */
    @Transactional
    public ProjectView update(Actor actor, long projectId, String name, String description, Visibility visibility) {
        ProjectAccess access = policy.readableProject(actor, projectId);
        if (!access.canAdminProject()) {
            throw new NotFoundException("Project settings");
        }
        String cleanName = PathRegistry.checkName(name);
        GroupView group = policy.group(actor, access.project().groupId()).group();
        PathRegistry.checkVisibility(visibility, group.visibility(), group.fullPath());
        Project project = projects.findById(projectId).orElseThrow();
        project.changeSettings(cleanName, description, visibility);
        return project.view();
    }

    /** A project by id for system work (mail), with no access check: never show it to a caller as is. */
    public java.util.Optional<ProjectView> find(long projectId) {
        return projects.findById(projectId).map(Project::view);
    }

    /** A project by full path for system work (mail), with no access check. */
    public java.util.Optional<ProjectView> findByFullPath(String fullPath) {
        return projects.findByFullPathIgnoreCase(fullPath).map(Project::view);
    }

    /** Whether a project has this full path, whoever may see it; for routing only, never shown. */
    public boolean exists(String fullPath) {
        return projects.findByFullPathIgnoreCase(fullPath).isPresent();
    }

    /** The project and what the caller may do in it; 404 when they may not see it. */
    public ProjectAccess get(Actor actor, String fullPath) {
        return policy.readableProject(actor, fullPath);
    }

    public ProjectAccess get(Actor actor, long projectId) {
        return policy.readableProject(actor, projectId);
    }

    public List<ProjectView> inGroup(Actor actor, long groupId) {
        policy.readableGroup(actor, groupId);
        return projects.findByGroupIdOrderByNameAsc(groupId).stream()
                .filter(project -> policy.access(actor, project).canRead())
                .map(Project::view).toList();
    }

    /** Projects the caller belongs to, directly or through a group (the dashboard). */
    public List<ProjectView> withMembership(Actor actor) {
        if (!actor.signedIn()) {
            return List.of();
        }
        return projects.findWithMembership(actor.userId()).stream().map(Project::view).toList();
    }

    /** Every project the caller may see: public ones, internal ones when signed in, and their own. */
    public List<ProjectView> visible(Actor actor) {
        if (actor.admin()) {
            return projects.findAllByOrderByFullPathAsc().stream().map(Project::view).toList();
        }
        java.util.Map<Long, ProjectView> visible = new java.util.TreeMap<>();
        List<String> open = actor.signedIn() ? List.of("public", "internal") : List.of("public");
        projects.findByVisibilityIn(open).forEach(project -> visible.put(project.getId(), project.view()));
        withMembership(actor).forEach(project -> visible.put(project.id(), project));
        return visible.values().stream().sorted(java.util.Comparator.comparing(ProjectView::fullPath)).toList();
    }

    /** Every project, for the admin area. */
    public List<ProjectView> all(Actor actor) {
        if (!actor.admin()) {
            throw new ForbiddenException("Only administrators may list all projects");
        }
        return projects.findAllByOrderByFullPathAsc().stream().map(Project::view).toList();
    }

    /**
     * Takes the next issue IID inside the caller's transaction. The row lock of the update is held
     * until that transaction ends, so concurrent creations queue up and IIDs have no gaps: a
     * rolled-back creation gives its number back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int allocateIssueIid(long projectId) {
        return jdbc.sql("update projects set last_issue_iid = last_issue_iid + 1 where id = ? returning last_issue_iid")
                .param(projectId)
                .query(Integer.class)
                .single();
    }
}
