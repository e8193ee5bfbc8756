package dev.servicedesk.servicedesk;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.issues.DescriptionTemplateService;
import dev.servicedesk.issues.TemplateOwner;
import dev.servicedesk.projects.AccessLevel;
import dev.servicedesk.projects.GroupService;
import dev.servicedesk.projects.GroupView;
import dev.servicedesk.projects.NewGroup;
import dev.servicedesk.projects.NewProject;
import dev.servicedesk.projects.ProjectService;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import dev.servicedesk.web.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Settings > General > Service Desk: who may see and change it, and what it checks. */
@SpringBootTest
@AutoConfigureMockMvc
class ServiceDeskSettingsPageTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SignedIn signedIn;
    @Autowired ServiceDeskService serviceDesk;
    @Autowired MailTemplateService mailTemplates;
    @Autowired DescriptionTemplateService templates;
    @Autowired GroupService groups;
    @Autowired ProjectService projects;

    UserView owner;
    ProjectView project;
    String page;
    String address;

    @BeforeEach
    void project() {
        owner = fixtures.user("owner");
        project = fixtures.project(owner, Visibility.PRIVATE);
        page = "/" + project.fullPath() + "/-/settings/service_desk";
        address = "incoming+" + ServiceDeskService.projectKey(project) + "@servicedesk.localhost";
    }

    @Test
    void aMaintainerActivatesServiceDeskAndThenSeesTheAddressWithACopyButton() throws Exception {
        UserView maintainer = member(AccessLevel.MAINTAINER);
        mvc.perform(get(page).with(signedIn.as(maintainer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Activate Service Desk")))
                .andExpect(content().string(containsString("Anyone can send email to this address")))
                .andExpect(content().string(containsString("alias")))
                .andExpect(content().string(not(containsString(address))));

        mvc.perform(post(page).with(signedIn.as(maintainer)).with(csrf()).param("enabled", "true"))
                .andExpect(redirectedUrl(page));

        assertThat(serviceDesk.isEnabled(project.id())).isTrue();
        mvc.perform(get(page).with(signedIn.as(maintainer)))
                .andExpect(content().string(containsString("value=\"" + address + "\"")))
                .andExpect(content().string(containsString("data-copy-target")))
                .andExpect(content().string(containsString("/assets/js/copy-button.js")));
    }

    @Test
    void aCustomSuffixAddsTheAliasAndTheOldAddressKeepsWorking() throws Exception {
        mvc.perform(post(page).with(signedIn.as(owner)).with(csrf()).param("enabled", "true").param("customSuffix", "support"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("notice", containsString("contact+" + project.slug() + "-support@servicedesk.localhost")));

        assertThat(serviceDesk.settings(project.id()).projectKey()).isEqualTo("support");
        mvc.perform(get(page).with(signedIn.as(owner)))
                .andExpect(content().string(containsString(address)))
                .andExpect(content().string(containsString("contact+" + project.slug() + "-support@servicedesk.localhost")));
    }

    @Test
    void anInvalidSuffixIsExplainedNextToTheFieldAndNothingIsSaved() throws Exception {
        for (String bad : new String[] {"Support", "with-dash", "spa ce", "x".repeat(256)}) {
            mvc.perform(post(page).with(signedIn.as(owner)).with(csrf()).param("enabled", "true").param("customSuffix", bad))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("class=\"invalid\"")))
                    .andExpect(content().string(containsString("<p class=\"error\">Custom email address suffix")));
        }
        assertThat(serviceDesk.settings(project.id()).projectKey()).isNull();
        assertThat(serviceDesk.isEnabled(project.id())).isFalse();
    }

    @Test
    void theSameSuffixIsRefusedForAnotherProjectWithTheSameSlug() throws Exception {
        // "acme_x-<n>/desk" and "acme.x-<n>/desk" are different paths with the same slug "acme-x-<n>-desk".
        String base = Fixtures.unique("acme");
        ProjectView first = projectAt(base.replace('-', '_') + "_x", "desk");
        ProjectView second = projectAt(base.replace('-', '_') + ".x", "desk");
        assertThat(first.slug()).isEqualTo(second.slug());
        serviceDesk.update(owner.asActor(), first.id(), change("support"));

        mvc.perform(post("/" + second.fullPath() + "/-/settings/service_desk").with(signedIn.as(owner)).with(csrf())
                        .param("enabled", "true").param("customSuffix", "support"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("already in use by another project with the same path slug")));
        // Another slug may use the same suffix.
        serviceDesk.update(owner.asActor(), project.id(), change("support"));
        assertThat(serviceDesk.settings(project.id()).projectKey()).isEqualTo("support");
    }

    @Test
    void onlyMaintainersSeeOrChangeTheSettings() throws Exception {
        serviceDesk.setEnabled(owner.asActor(), project.id(), true);
        for (AccessLevel level : new AccessLevel[] {AccessLevel.GUEST, AccessLevel.REPORTER, AccessLevel.DEVELOPER}) {
            UserView user = member(level);
            mvc.perform(get(page).with(signedIn.as(user))).andExpect(status().isNotFound());
            mvc.perform(post(page).with(signedIn.as(user)).with(csrf()).param("enabled", "false")).andExpect(status().isNotFound());
            mvc.perform(post(page + "/mail_templates/thank_you").with(signedIn.as(user)).with(csrf()).param("content", "hi"))
                    .andExpect(status().isNotFound());
        }
        UserView stranger = fixtures.user("stranger");
        mvc.perform(get(page).with(signedIn.as(stranger))).andExpect(status().isNotFound());
        assertThat(serviceDesk.isEnabled(project.id())).isTrue();
        assertThat(mailTemplates.custom(project.id(), MailTemplate.THANK_YOU)).isEmpty();
    }

    @Test
    void guestsAndStrangersFindTheAddressNowhereWhileReportersSeeIt() throws Exception {
        ProjectView open = fixtures.project(owner, Visibility.PUBLIC);
        serviceDesk.update(owner.asActor(), open.id(), change("helpdesk"));
        String incoming = "incoming+" + ServiceDeskService.projectKey(open) + "@servicedesk.localhost";
        String alias = "contact+" + open.slug() + "-helpdesk@servicedesk.localhost";
        UserView guest = fixtures.user("guest");
        fixtures.addMember(owner, open, guest, AccessLevel.GUEST);
        UserView reporter = fixtures.user("reporter");
        fixtures.addMember(owner, open, reporter, AccessLevel.REPORTER);
        UserView stranger = fixtures.user("stranger");

        String[] pages = {"/" + open.fullPath(), "/" + open.fullPath() + "/-/issues", "/" + open.fullPath() + "/-/issues/service_desk",
                "/" + open.fullPath() + "/-/issues/new"};
        for (String path : pages) {
            for (UserView user : new UserView[] {guest, stranger}) {
                String html = mvc.perform(get(path).with(signedIn.as(user))).andReturn().getResponse().getContentAsString();
                assertThat(html).as(path).doesNotContain(ServiceDeskService.projectKey(open)).doesNotContain(alias);
            }
            String anonymous = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
            assertThat(anonymous).as(path).doesNotContain(ServiceDeskService.projectKey(open));
        }
        mvc.perform(get("/" + open.fullPath() + "/-/issues/service_desk").with(signedIn.as(reporter)))
                .andExpect(content().string(containsString(incoming)))
                .andExpect(content().string(containsString(alias)));
    }

    @Test
    void aPublicProjectKeepsItsServiceDeskIssuesConfidential() throws Exception {
        ProjectView open = fixtures.project(owner, Visibility.PUBLIC);
        String openPage = "/" + open.fullPath() + "/-/settings/service_desk";
        mvc.perform(post(openPage).with(signedIn.as(owner)).with(csrf()).param("enabled", "true")
                        .param("_confidentialByDefault", "on"))
                .andExpect(redirectedUrl(openPage));
        assertThat(serviceDesk.settings(open.id()).confidentialByDefault()).isTrue();
        mvc.perform(get(openPage).with(signedIn.as(owner)))
                .andExpect(content().string(containsString("always confidential")));

        mvc.perform(post(page).with(signedIn.as(owner)).with(csrf()).param("enabled", "true").param("_confidentialByDefault", "on")
                        .param("reopenIssueOnExternalParticipantNote", "true").param("addExternalParticipantsFromCc", "true")
                        .param("outgoingName", "ACME Help"))
                .andExpect(redirectedUrl(page));
        ServiceDeskSettings saved = serviceDesk.settings(project.id());
        assertThat(saved.confidentialByDefault()).isFalse();
        assertThat(saved.reopenIssueOnExternalParticipantNote()).isTrue();
        assertThat(saved.addExternalParticipantsFromCc()).isTrue();
        assertThat(saved.outgoingNameOrDefault()).isEqualTo("ACME Help");
    }

    @Test
    void theTemplateDropdownOffersInheritedTemplatesGroupedBySourceAndRefusesUnknownOnes() throws Exception {
        String name = Fixtures.unique("Support request");
        templates.save(owner.asActor(), TemplateOwner.group(project.groupId()), null, name, "## Steps to reproduce");
        mvc.perform(get(page).with(signedIn.as(owner)))
                .andExpect(content().string(containsString("<optgroup label=\"Group " + project.fullPath().substring(0, project.fullPath().indexOf('/')))))
                .andExpect(content().string(containsString("<option value=\"" + name + "\"")));

        mvc.perform(post(page).with(signedIn.as(owner)).with(csrf()).param("enabled", "true").param("issueTemplateKey", name))
                .andExpect(redirectedUrl(page));
        assertThat(serviceDesk.settings(project.id()).issueTemplateKey()).isEqualTo(name);

        mvc.perform(post(page).with(signedIn.as(owner)).with(csrf()).param("enabled", "true").param("issueTemplateKey", "No such thing"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"error\">Template does not exist</p>")));
    }

    @Test
    void mailTemplatesArePreviewedWithSampleValuesSavedAndResetToTheDefault() throws Exception {
        String mine = "**Thanks!** Your ticket is %{ISSUE_ID} in %{ISSUE_PATH}. <script>alert(1)</script>";
        mvc.perform(get(page).with(signedIn.as(owner)))
                .andExpect(content().string(containsString("%{UNSUBSCRIBE_URL}")))
                .andExpect(content().string(containsString("%{NOTE_TEXT}")));

        mvc.perform(post(page + "/mail_templates/thank_you").with(signedIn.as(owner)).with(csrf())
                        .param("content", mine).param("action", "preview"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>Thanks!</strong> Your ticket is #42 in " + project.fullPath() + "#42.")))
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
        assertThat(mailTemplates.custom(project.id(), MailTemplate.THANK_YOU)).isEmpty();

        mvc.perform(post(page + "/mail_templates/thank_you").with(signedIn.as(owner)).with(csrf())
                        .param("content", mine).param("action", "save"))
                .andExpect(redirectedUrl(page + "#mail-template-thank_you"));
        assertThat(mailTemplates.content(project.id(), MailTemplate.THANK_YOU)).isEqualTo(mine);

        mvc.perform(post(page + "/mail_templates/thank_you").with(signedIn.as(owner)).with(csrf()).param("action", "reset"))
                .andExpect(redirectedUrl(page + "#mail-template-thank_you"));
        assertThat(mailTemplates.custom(project.id(), MailTemplate.THANK_YOU)).isEmpty();
        mvc.perform(post(page + "/mail_templates/no_such_mail").with(signedIn.as(owner)).with(csrf()).param("content", "x"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theProjectSettingsPageLinksToTheServiceDeskSettings() throws Exception {
        mvc.perform(get("/" + project.fullPath() + "/edit").with(signedIn.as(owner)))
                .andExpect(content().string(containsString("href=\"" + page + "\"")));
    }

    private UserView member(AccessLevel level) {
        UserView user = fixtures.user(level.name().toLowerCase());
        fixtures.addMember(owner, project, user, level);
        return user;
    }

    private ProjectView projectAt(String groupPath, String projectPath) {
        GroupView group = groups.create(owner.asActor(), new NewGroup("Group " + groupPath, groupPath, null, Visibility.PRIVATE, ""));
        return projects.create(owner.asActor(), new NewProject(group.id(), "Desk", projectPath, Visibility.PRIVATE, ""));
    }

    static ServiceDeskSettingsChange change(String suffix) {
        return new ServiceDeskSettingsChange(true, suffix, null, null, true, false, false);
    }
}
