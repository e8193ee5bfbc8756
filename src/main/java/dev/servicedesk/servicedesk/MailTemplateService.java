package dev.servicedesk.servicedesk;

import java.util.Optional;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.projects.AccessPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's text for each mail sent to customers: its own when it has one, else the built-in default. */
@Service
@Transactional(readOnly = true)
public class MailTemplateService {

    public static final int MAX_LENGTH = 100_000;

    private final JdbcClient jdbc;
    private final AccessPolicy policy;

    MailTemplateService(JdbcClient jdbc, AccessPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    /** The text to send: the project's own, else the default. */
    public String content(long projectId, MailTemplate template) {
        return custom(projectId, template).orElse(template.defaultContent());
    }

    /** The project's own text, empty when it uses the default. */
    public Optional<String> custom(long projectId, MailTemplate template) {
        return jdbc.sql("select content from service_desk_mail_templates where project_id = ? and template = ?")
                .params(projectId, template.key()).query(String.class).optional();
    }

    /** Maintainer+ replace a template; a blank text goes back to the default. */
    @Transactional
    public void save(Actor actor, long projectId, MailTemplate template, String content) {
        requireMaintainer(actor, projectId);
        if (content == null || content.isBlank()) {
            reset(actor, projectId, template);
            return;
        }
        if (content.length() > MAX_LENGTH) {
            throw new InvalidInputException("content", "is too long (maximum is " + MAX_LENGTH + " characters)");
        }
        jdbc.sql("""
                insert into service_desk_mail_templates (project_id, template, content) values (?, ?, ?)
                on conflict (project_id, template) do update set content = excluded.content, updated_at = now()
                """).params(projectId, template.key(), content).update();
    }

    @Transactional
    public void reset(Actor actor, long projectId, MailTemplate template) {
        requireMaintainer(actor, projectId);
        jdbc.sql("delete from service_desk_mail_templates where project_id = ? and template = ?")
                .params(projectId, template.key()).update();
    }

    private void requireMaintainer(Actor actor, long projectId) {
        if (!policy.readableProject(actor, projectId).canAdminProject()) {
            throw new ForbiddenException("You need at least the Maintainer role to change the Service Desk mail templates");
        }
    }
}
