package dev.servicedesk.web;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.issues.DescriptionTemplate;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Description templates at instance, group and project level, and the new issue form's picker. */
@SpringBootTest
@AutoConfigureMockMvc
class DescriptionTemplatePagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SignedIn signedIn;
    @Autowired DescriptionTemplateService templates;
    @Autowired GroupService groups;
    @Autowired ProjectService projects;

    @Test
    void theNearestTemplateWinsByNameFromInstanceToGroupToSubgroupToProject() {
        UserView owner = fixtures.user("owner");
        UserView admin = fixtures.admin();
        GroupView top = fixtures.group(owner, Visibility.PRIVATE);
        GroupView sub = groups.create(owner.asActor(), new NewGroup("Sub", Fixtures.unique("sub"), top.id(), Visibility.PRIVATE, ""));
        ProjectView project = projects.create(owner.asActor(), new NewProject(sub.id(), "Web", Fixtures.unique("web"), Visibility.PRIVATE, ""));
        String shared = Fixtures.unique("Bug");
        String onlyInstance = Fixtures.unique("Instance only");
        templates.save(admin.asActor(), TemplateOwner.instance(), null, shared, "instance text");
        templates.save(admin.asActor(), TemplateOwner.instance(), null, onlyInstance, "instance only");
        templates.save(owner.asActor(), TemplateOwner.group(top.id()), null, shared, "top group text");
        templates.save(owner.asActor(), TemplateOwner.group(sub.id()), null, shared.toUpperCase(), "subgroup text");

        assertThat(templates.find(project.id(), shared)).map(DescriptionTemplate::content).contains("subgroup text");
        assertThat(templates.find(project.id(), onlyInstance)).map(DescriptionTemplate::source).contains("Instance");

        templates.save(owner.asActor(), TemplateOwner.project(project.id()), null, shared, "project text");
        assertThat(templates.find(project.id(), shared)).map(DescriptionTemplate::content).contains("project text");
        assertThat(templates.available(project.id()).stream().filter(t -> t.name().equalsIgnoreCase(shared))).hasSize(1);
        templates.save(owner.asActor(), TemplateOwner.group(sub.id()), null, Fixtures.unique("Subgroup only"), "sub");
        assertThat(templates.availableBySource(project.id()).keySet().stream().toList())
                .startsWith("Project " + project.fullPath(), "Group " + sub.fullPath());
    }

    @Test
    void onlyMaintainersManageAProjectsTemplatesAndOnlyAdminsTheInstances() throws Exception {
        UserView owner = fixtures.user("owner");
        ProjectView project = fixtures.project(owner, Visibility.PRIVATE);
        UserView developer = fixtures.user("developer");
        fixtures.addMember(owner, project, developer, AccessLevel.DEVELOPER);
        String page = "/" + project.fullPath() + "/-/description_templates";

        mvc.perform(get(page).with(signedIn.as(developer))).andExpect(status().isNotFound());
        mvc.perform(post(page).with(signedIn.as(developer)).with(csrf()).param("name", "X").param("content", "y"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/description_templates").with(signedIn.as(owner))).andExpect(status().isNotFound());
        mvc.perform(get("/groups/" + project.fullPath().substring(0, project.fullPath().indexOf('/')) + "/-/description_templates")
                .with(signedIn.as(developer))).andExpect(status().isNotFound());
        assertThatThrownBy(() -> templates.save(owner.asActor(), TemplateOwner.instance(), null, "X", "y"))
                .isInstanceOf(ForbiddenException.class);

        mvc.perform(post(page).with(signedIn.as(owner)).with(csrf()).param("name", "Bug report").param("content", "## Steps"))
                .andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(signedIn.as(owner))).andExpect(content().string(containsString("Bug report")));
        mvc.perform(post(page).with(signedIn.as(owner)).with(csrf()).param("name", "bug REPORT").param("content", "again"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Name has already been taken")));
        mvc.perform(post(page).with(signedIn.as(owner)).with(csrf()).param("name", " ").param("content", "x"))
                .andExpect(content().string(containsString("Name can&#39;t be blank")));
    }

    @Test
    void groupMaintainersAndAdminsManageTheirLevels() throws Exception {
        UserView owner = fixtures.user("owner");
        GroupView group = fixtures.group(owner, Visibility.PRIVATE);
        String groupPage = "/groups/" + group.fullPath() + "/-/description_templates";
        mvc.perform(post(groupPage).with(signedIn.as(owner)).with(csrf()).param("name", "Group form").param("content", "g"))
                .andExpect(redirectedUrl(groupPage));
        mvc.perform(get(groupPage).with(signedIn.as(owner))).andExpect(content().string(containsString("Group form")));
        mvc.perform(get("/groups/" + group.fullPath()).with(signedIn.as(owner)))
                .andExpect(content().string(containsString("href=\"" + groupPage + "\"")));

        UserView admin = fixtures.admin();
        String name = Fixtures.unique("Instance form");
        mvc.perform(post("/admin/description_templates").with(signedIn.as(admin)).with(csrf()).param("name", name).param("content", "i"))
                .andExpect(redirectedUrl("/admin/description_templates"));
        long id = templates.list(admin.asActor(), TemplateOwner.instance()).stream().filter(t -> t.name().equals(name))
                .findFirst().orElseThrow().id();
        mvc.perform(post("/admin/description_templates/" + id + "/delete").with(signedIn.as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/description_templates"));
        assertThat(templates.list(admin.asActor(), TemplateOwner.instance())).noneMatch(t -> t.name().equals(name));
    }

    @Test
    void theNewIssueFormOffersTheTemplatesAndFillsTheDescriptionFromOne() throws Exception {
        UserView owner = fixtures.user("owner");
        ProjectView project = fixtures.project(owner, Visibility.PRIVATE);
        templates.save(owner.asActor(), TemplateOwner.project(project.id()), null, "Bug report", "## Steps to reproduce");
        String form = "/" + project.fullPath() + "/-/issues/new";

        mvc.perform(get(form).with(signedIn.as(owner)))
                .andExpect(content().string(containsString("data-content=\"## Steps to reproduce\"")))
                .andExpect(content().string(containsString("/assets/js/template-picker.js")));
        mvc.perform(get(form).param("issuable_template", "Bug report").with(signedIn.as(owner)))
                .andExpect(content().string(containsString(">## Steps to reproduce</textarea>")));
    }
}
