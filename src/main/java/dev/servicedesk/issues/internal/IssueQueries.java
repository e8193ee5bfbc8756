package dev.servicedesk.issues.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.servicedesk.issues.IssueFilter;
import dev.servicedesk.issues.IssueState;
import dev.servicedesk.issues.IssueView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The issue list as SQL: every filter is an indexed condition, pages are offsets on the
 * (project, state, created_at, id) index, labels and assignees of a page come in one query
 * each. Hand-written because the filter combinations make JPQL unreadable.
 */
@Component
public class IssueQueries {

    private final JdbcClient jdbc;

    IssueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param seesConfidential the caller is Reporter+ (otherwise only their own confidential issues)
     * @param userId           the caller, or -1 when anonymous
     */
    public List<IssueView> find(long projectId, IssueFilter filter, boolean seesConfidential, long userId) {
        return find(Scope.project(projectId, seesConfidential, userId), filter);
    }

    /** The issues of several projects at once ({@code GET /issues}). */
    public List<IssueView> find(Scope scope, IssueFilter filter) {
        Where where = where(scope, filter, true);
        String order = " order by i." + filter.orderBy() + (filter.ascending() ? " asc, i.id asc" : " desc, i.id desc");
        var statement = jdbc.sql("select i.* from issues i where " + where.sql + order + " limit :limit offset :offset")
                .param("limit", filter.perPage())
                .param("offset", (long) (filter.page() - 1) * filter.perPage());
        for (Map.Entry<String, Object> param : where.params.entrySet()) {
            statement = statement.param(param.getKey(), param.getValue());
        }
        List<IssueRow> rows = statement.query(IssueQueries::row).list();
        return withLabelsAndAssignees(rows);
    }

    /** Opened and closed counts for the same filter, for the list's tabs. */
    public Map<IssueState, Long> countByState(long projectId, IssueFilter filter, boolean seesConfidential, long userId) {
        return countByState(Scope.project(projectId, seesConfidential, userId), filter);
    }

    public Map<IssueState, Long> countByState(Scope scope, IssueFilter filter) {
        Where where = where(scope, filter, false);
        var statement = jdbc.sql("select i.state, count(*) from issues i where " + where.sql + " group by i.state");
        for (Map.Entry<String, Object> param : where.params.entrySet()) {
            statement = statement.param(param.getKey(), param.getValue());
        }
        Map<IssueState, Long> counts = new HashMap<>(Map.of(IssueState.OPENED, 0L, IssueState.CLOSED, 0L));
        statement.query((rs, n) -> Map.entry(IssueState.parse(rs.getString(1)), rs.getLong(2)))
                .list().forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    public List<IssueView> withLabelsAndAssignees(List<IssueRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(IssueRow::id).toList();
        Map<Long, Set<Long>> labels = pairs("select issue_id, label_id from issue_labels where issue_id in (:ids)", ids);
        Map<Long, Set<Long>> assignees = pairs("select issue_id, user_id from issue_assignees where issue_id in (:ids)", ids);
        List<IssueView> views = new ArrayList<>(rows.size());
        for (IssueRow row : rows) {
            views.add(row.view(labels.getOrDefault(row.id(), Set.of()), assignees.getOrDefault(row.id(), Set.of())));
        }
        return views;
    }

    private Map<Long, Set<Long>> pairs(String sql, Collection<Long> ids) {
        Map<Long, Set<Long>> result = new HashMap<>();
        jdbc.sql(sql).param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
                .forEach(pair -> result.computeIfAbsent(pair.getKey(), key -> new HashSet<>()).add(pair.getValue()));
        return result;
    }

    private Where where(Scope scope, IssueFilter filter, boolean withState) {
        Where where = new Where();
        where.params.put("me", scope.userId());
        if (scope.singleProject() != null) {
            where.add("i.project_id = :projectId", "projectId", scope.singleProject());
            if (scope.plainProjects().contains(scope.singleProject())) {
                where.add("(i.confidential = false or i.author_id = :me)", "me", scope.userId());
            }
        } else {
            where.params.put("triage", scope.triageProjects().isEmpty() ? List.of(-1L) : scope.triageProjects());
            where.params.put("plain", scope.plainProjects().isEmpty() ? List.of(-1L) : scope.plainProjects());
            where.add("(i.project_id in (:triage) or (i.project_id in (:plain) and (i.confidential = false or i.author_id = :me)))",
                    "me", scope.userId());
        }
        if (scope.authorId() != null) {
            where.add("i.author_id = :scopeAuthor", "scopeAuthor", scope.authorId());
        }
        if (scope.assigneeId() != null) {
            where.add("exists (select 1 from issue_assignees sa where sa.issue_id = i.id and sa.user_id = :scopeAssignee)",
                    "scopeAssignee", scope.assigneeId());
        }
        if (withState && !filter.state().equals("all")) {
            where.add("i.state = :state", "state", filter.state());
        }
        List<Long> labelIds = labelIds(scope, filter.labels());
        if (filter.confidential() != null) {
            where.add("i.confidential = :confidential", "confidential", filter.confidential());
        }
        if (filter.search() != null) {
            where.add("(i.title || ' ' || i.description) ilike :search", "search", "%" + escapeLike(filter.search()) + "%");
        }
        if (filter.authorId() != null) {
            where.add("i.author_id = :authorId", "authorId", filter.authorId());
        }
        if (filter.assigneeId() != null) {
            where.add("exists (select 1 from issue_assignees a where a.issue_id = i.id and a.user_id = :assigneeId)",
                    "assigneeId", filter.assigneeId());
        }
        for (int n = 0; n < labelIds.size(); n++) {
            if (scope.singleProject() != null) {
                // By id, so the planner walks the list's own index and probes issue_labels' primary key.
                where.add("exists (select 1 from issue_labels il where il.issue_id = i.id and il.label_id = :label" + n + ")",
                        "label" + n, labelIds.get(n));
            } else {
                where.add("exists (select 1 from issue_labels il join labels l on l.id = il.label_id"
                        + " where il.issue_id = i.id and lower(l.title) = :label" + n + ")",
                        "label" + n, filter.labels().get(n).toLowerCase(Locale.ROOT));
            }
        }
        return where;
    }

    /** The ids of the named labels; a name that is no label of the project matches nothing (id -1). */
    private List<Long> labelIds(Scope scope, List<String> titles) {
        List<Long> ids = new ArrayList<>();
        for (String title : titles) {
            if (scope.singleProject() != null) {
                ids.add(jdbc.sql("select id from labels where project_id = ? and lower(title) = ?")
                        .param(scope.singleProject()).param(title.toLowerCase(Locale.ROOT))
                        .query(Long.class).optional().orElse(-1L));
            } else {
                ids.add(-1L);
            }
        }
        return ids;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static IssueRow row(ResultSet rs, int rowNum) throws SQLException {
        return new IssueRow(rs.getLong("id"), rs.getLong("project_id"), rs.getInt("iid"), rs.getString("title"),
                rs.getString("description"), IssueState.parse(rs.getString("state")), rs.getBoolean("confidential"),
                rs.getLong("author_id"), rs.getString("external_author_email"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")),
                instant(rs.getTimestamp("closed_at")), (Long) rs.getObject("closed_by_id"), (Long) rs.getObject("moved_to_id"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** An issue row before its labels and assignees are attached. */
    public record IssueRow(long id, long projectId, int iid, String title, String description, IssueState state,
                           boolean confidential, long authorId, String externalAuthorEmail, Instant createdAt,
                           Instant updatedAt, Instant closedAt, Long closedById, Long movedToId) {

        IssueView view(Set<Long> labelIds, Set<Long> assigneeIds) {
            return new IssueView(id, projectId, iid, title, description, state, confidential, authorId, externalAuthorEmail,
                    Set.copyOf(labelIds), Set.copyOf(assigneeIds), createdAt, updatedAt, closedAt, closedById, movedToId);
        }
    }

    /**
     * Which issues a list may show: one project, or the projects where the caller sees
     * confidential issues ({@code triageProjects}) and those where they see only their own
     * ({@code plainProjects}); optionally only issues they wrote or are assigned to.
     */
    public record Scope(Long singleProject, Collection<Long> triageProjects, Collection<Long> plainProjects, long userId,
                        Long authorId, Long assigneeId) {

        public static Scope project(long projectId, boolean seesConfidential, long userId) {
            return new Scope(projectId, seesConfidential ? List.of(projectId) : List.of(),
                    seesConfidential ? List.of() : List.of(projectId), userId, null, null);
        }
    }

    private static final class Where {
        final StringBuilder sql = new StringBuilder();
        final Map<String, Object> params = new HashMap<>();

        void add(String condition, String name, Object value) {
            if (!sql.isEmpty()) {
                sql.append(" and ");
            }
            sql.append(condition);
            params.put(name, value);
        }
    }
}
