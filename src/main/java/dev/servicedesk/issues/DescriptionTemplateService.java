package dev.servicedesk.issues;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.common.NotFoundException;
import dev.servicedesk.projects.AccessLevel;
import dev.servicedesk.projects.AccessPolicy;
import dev.servicedesk.projects.GroupService;
import dev.servicedesk.projects.GroupView;
import dev.servicedesk.projects.ProjectService;
import dev.servicedesk.projects.ProjectView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Description templates at instance, group and project level. A project sees its own, then its
 * groups' from the innermost out, then the instance's; the nearest wins by name (case-insensitive).
 * Maintainer+ manage a project's or group's templates, administrators the instance's.
 */
@Service
@Transactional(readOnly = true)
public class DescriptionTemplateService {

    public static final int MAX_NAME_LENGTH = 255;
    public static final int MAX_CONTENT_LENGTH = 100_000;

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final ProjectService projects;
    private final GroupService groups;

    DescriptionTemplateService(JdbcClient jdbc, AccessPolicy policy, ProjectService projects, GroupService groups) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.projects = projects;
        this.groups = groups;
    }

    /** The templates a project can use, nearest first, each name once. No access check: callers checked the project. */
    public List<DescriptionTemplate> available(long projectId) {
        ProjectView project = projects.find(projectId).orElseThrow(() -> new NotFoundException("Project"));
        List<DescriptionTemplate> all = new ArrayList<>(query("project_id = ?", projectId, "project", "Project " + project.fullPath()));
        List<GroupView> chain = new ArrayList<>(groups.ancestry(project.groupId()));
        java.util.Collections.reverse(chain);
        for (GroupView group : chain) {
            all.addAll(query("group_id = ?", group.id(), "group", "Group " + group.fullPath()));
        }
        all.addAll(query("group_id is null and project_id is null", null, "instance", "Instance"));
        Set<String> seen = new HashSet<>();
        return all.stream().filter(template -> seen.add(template.name().toLowerCase(Locale.ROOT))).toList();
    }

    /** {@link #available} grouped by where the templates come from, for a dropdown with option groups. */
    public Map<String, List<DescriptionTemplate>> availableBySource(long projectId) {
        Map<String, List<DescriptionTemplate>> bySource = new LinkedHashMap<>();
        for (DescriptionTemplate template : available(projectId)) {
            bySource.computeIfAbsent(template.source(), source -> new ArrayList<>()).add(template);
        }
        return bySource;
    }

    /** The template of this name a project would use, if any. */
    public Optional<DescriptionTemplate> find(long projectId, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return available(projectId).stream().filter(template -> template.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The templates kept at one level, for its management page. */
    public List<DescriptionTemplate> list(Actor actor, TemplateOwner owner) {
        String source = requireManager(actor, owner);
        if (owner.projectId() != null) {
            return query("project_id = ?", owner.projectId(), "project", source);
        }
        if (owner.groupId() != null) {
            return query("group_id = ?", owner.groupId(), "group", source);
        }
        return query("group_id is null and project_id is null", null, "instance", source);
    }

    /** Adds a template ({@code id} null) or changes one; names are unique per level. */
    @Transactional
    public void save(Actor actor, TemplateOwner owner, Long id, String name, String content) {
        requireManager(actor, owner);
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw new InvalidInputException("name", "Name can't be blank");
        }
        if (cleanName.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "Name is too long (maximum is " + MAX_NAME_LENGTH + " characters)");
        }
        String text = content == null ? "" : content;
        if (text.length() > MAX_CONTENT_LENGTH) {
            throw new InvalidInputException("content", "Content is too long (maximum is " + MAX_CONTENT_LENGTH + " characters)");
        }
        Long clash = jdbc.sql("select id from description_templates where " + ownerCondition(owner) + " and lower(name) = lower(?)")
                .params(ownerParams(owner, cleanName)).query(Long.class).optional().orElse(null);
        if (clash != null && !clash.equals(id)) {
            throw new InvalidInputException("name", "Name has already been taken");
        }
        if (id == null) {
            jdbc.sql("insert into description_templates (group_id, project_id, name, content) values (?, ?, ?, ?)")
                    .params(owner.groupId(), owner.projectId(), cleanName, text).update();
        } else {
            int changed = jdbc.sql("update description_templates set name = ?, content = ?, updated_at = now() where id = ? and "
                    + ownerCondition(owner)).params(concat(List.of(cleanName, text, id), ownerParams(owner))).update();
            if (changed == 0) {
                throw new NotFoundException("Template");
            }
        }
    }

    @Transactional
    public void delete(Actor actor, TemplateOwner owner, long id) {
        requireManager(actor, owner);
        jdbc.sql("delete from description_templates where id = ? and " + ownerCondition(owner))
                .params(concat(List.of(id), ownerParams(owner))).update();
    }

    /** Checks the caller may manage the level and returns its name. */
    private String requireManager(Actor actor, TemplateOwner owner) {
        if (owner.projectId() != null) {
            var access = policy.readableProject(actor, owner.projectId());
            if (!access.canAdminProject()) {
                throw new ForbiddenException("You need at least the Maintainer role to manage description templates");
            }
            return "Project " + access.project().fullPath();
        }
        if (owner.groupId() != null) {
            var access = policy.readableGroup(actor, owner.groupId());
            if (!access.atLeast(AccessLevel.MAINTAINER)) {
                throw new ForbiddenException("You need at least the Maintainer role to manage description templates");
            }
            return "Group " + access.group().fullPath();
        }
        if (!actor.admin()) {
            throw new ForbiddenException("Only administrators manage instance description templates");
        }
        return "Instance";
    }

    private List<DescriptionTemplate> query(String where, Long ownerId, String level, String source) {
        var statement = jdbc.sql("select id, name, content from description_templates where " + where + " order by lower(name)");
        if (ownerId != null) {
            statement = statement.param(ownerId);
        }
        return statement.query((rs, row) -> new DescriptionTemplate(rs.getLong("id"), rs.getString("name"), rs.getString("content"),
                level, source)).list();
    }

    private static String ownerCondition(TemplateOwner owner) {
        if (owner.projectId() != null) {
            return "project_id = ?";
        }
        if (owner.groupId() != null) {
            return "group_id = ?";
        }
        return "group_id is null and project_id is null";
    }

    private static List<Object> ownerParams(TemplateOwner owner, Object... before) {
        List<Object> params = new ArrayList<>(List.of(before));
        if (owner.projectId() != null) {
            params.add(0, owner.projectId());
        } else if (owner.groupId() != null) {
            params.add(0, owner.groupId());
        }
        return params;
    }

    private static List<Object> ownerParams(TemplateOwner owner) {
        return ownerParams(owner, new Object[0]);
    }

    private static List<Object> concat(List<Object> first, List<Object> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
