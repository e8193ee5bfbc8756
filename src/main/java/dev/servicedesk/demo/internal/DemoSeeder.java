package dev.servicedesk.demo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.accounts.NewUser;
import dev.servicedesk.accounts.RootAccountProperties;
import dev.servicedesk.accounts.UserService;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.demo.DemoProperties;
import dev.servicedesk.issues.DescriptionTemplateService;
import dev.servicedesk.issues.LabelService;
import dev.servicedesk.issues.TemplateOwner;
import dev.servicedesk.servicedesk.ServiceDeskSettingsChange;
import dev.servicedesk.platform.EmbeddedPostgresServer;
import dev.servicedesk.projects.AccessLevel;
import dev.servicedesk.projects.GroupService;
import dev.servicedesk.projects.GroupView;
import dev.servicedesk.projects.MembershipService;
import dev.servicedesk.projects.NewGroup;
import dev.servicedesk.projects.NewProject;
import dev.servicedesk.projects.ProjectService;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import dev.servicedesk.servicedesk.ServiceDeskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo on the first start of the embedded database only, so that a configured (real)
 * database never gets demo data and a restart never seeds twice. All or nothing, in one transaction.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // after root and root's token exist
public class DemoSeeder implements ApplicationRunner {

    public static final String GROUP_PATH = "demo";
    public static final String PROJECT_PATH = "demo/website";
    public static final String MAINTAINER = "maintainer";
    private static final String ROOT = "root";
    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final DemoProperties properties;
    private final ObjectProvider<EmbeddedPostgresServer> embeddedDatabase;
    private final RootAccountProperties root;
    private final UserService users;
    private final GroupService groups;
    private final ProjectService projects;
    private final MembershipService members;
    private final LabelService labels;
    private final ServiceDeskService serviceDesk;
    private final DescriptionTemplateService templates;
    static final String TEMPLATE = "Support triage";

    DemoSeeder(DemoProperties properties, ObjectProvider<EmbeddedPostgresServer> embeddedDatabase,
               RootAccountProperties root, UserService users, GroupService groups, ProjectService projects,
               MembershipService members, LabelService labels, ServiceDeskService serviceDesk,
               DescriptionTemplateService templates) {
        this.templates = templates;
        this.properties = properties;
        this.embeddedDatabase = embeddedDatabase;
        this.root = root;
        this.users = users;
        this.groups = groups;
        this.projects = projects;
        this.members = members;
        this.labels = labels;
        this.serviceDesk = serviceDesk;
    }

    /** Next to root's initial password file, and like it written once. */
    public Path maintainerPasswordFile() {
        return root.initialPasswordFile().toAbsolutePath().normalize().resolveSibling("demo_maintainer_password");
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        EmbeddedPostgresServer database = embeddedDatabase.getIfAvailable();
        if (!properties.enabled() || database == null || !database.newDatabase() || projects.exists(PROJECT_PATH)) {
            return;
        }
        Actor admin = users.findByUsername(ROOT).orElseThrow().asActor();
        GroupView group = groups.create(admin, new NewGroup("Demo", GROUP_PATH, null, Visibility.PRIVATE,
                "Seeded on the first start to try the Service Desk; delete it when you are done."));
        ProjectView project = projects.create(admin, new NewProject(group.id(), "Website", "website", Visibility.PRIVATE,
                "Questions about the website arrive here by mail."));
        templates.save(admin, TemplateOwner.project(project.id()), null, TEMPLATE, """
                ---

                ### For the team
                - [ ] Reproduced
                - [ ] Answered the customer
                - [ ] Labelled (~bug, ~question or ~"feature request")
                """);
        serviceDesk.update(admin, project.id(), new ServiceDeskSettingsChange(true, null, TEMPLATE, null, true, true, false));
        labels.create(admin, project.id(), "bug", "#d9534f", "Something is broken");
        labels.create(admin, project.id(), "question", "#428bca", "A customer asks how to do something");
        labels.create(admin, project.id(), "feature request", "#5cb85c", "A wish for something new");

        String password = UserService.randomPassword();
        UserView maintainer = users.createUnchecked(new NewUser(MAINTAINER, "Maria Maintainer",
                "maintainer@servicedesk.localhost", password, false));
        members.addToProject(admin, project.id(), maintainer.id(), AccessLevel.MAINTAINER);
        Path file = writePassword(password);
        log.info("Created the demo project {} with its Service Desk on, and the user '{}' (Maintainer) with the password: {} (also written to {})",
                PROJECT_PATH, MAINTAINER, password, file);
    }

    private Path writePassword(String password) {
        Path file = maintainerPasswordFile();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# Written once at " + Instant.now() + " for the demo user 'maintainer'.\nPassword: " + password + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file stays readable by the user's own account anyway
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the demo maintainer's password to " + file, e);
        }
    }
}
