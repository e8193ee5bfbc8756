package dev.servicedesk.web;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.issues.IssueService;
import dev.servicedesk.issues.IssueView;
import dev.servicedesk.issues.LabelService;
import dev.servicedesk.issues.NewIssue;
import dev.servicedesk.projects.AccessLevel;
import dev.servicedesk.projects.MembershipService;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The issue page's forms and the other handlers the permission matrix does not walk. */
@SpringBootTest
@AutoConfigureMockMvc
class IssueFormsTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SignedIn signedIn;
    @Autowired IssueService issues;
    @Autowired LabelService labels;
    @Autowired MembershipService members;

    UserView owner;
    ProjectView project;
    String issuesUrl;

    @BeforeEach
    void project() {
        owner = fixtures.user("owner");
        project = fixtures.project(owner, Visibility.PRIVATE);
        issuesUrl = "/" + project.fullPath() + "/-/issues";
    }

    @Test
    void editingShowsTheFormAndABlankTitleNextToTheField() throws Exception {
        IssueView issue = issues.create(owner.asActor(), project.id(), new NewIssue("Old title", "old", false));
        mvc.perform(get(issuesUrl + "/" + issue.iid() + "/edit").with(signedIn.as(owner)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"Old title\"")));
        mvc.perform(post(issuesUrl + "/" + issue.iid() + "/edit").with(signedIn.as(owner)).with(csrf())
                        .param("title", "").param("description", "x"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<p class=\"error\">Title can&#39;t be blank</p>")));
        mvc.perform(post(issuesUrl + "/" + issue.iid() + "/edit").with(signedIn.as(owner)).with(csrf())
                        .param("title", "New title").param("description", "new"))
                .andExpect(redirectedUrl(issuesUrl + "/" + issue.iid()));
        assertThat(issues.get(owner.asActor(), project.id(), issue.iid()).title()).isEqualTo("New title");
    }

    @Test
    void aNewIssueWithoutTitleIsExplainedNextToTheField() throws Exception {
        mvc.perform(get(issuesUrl + "/new").with(signedIn.as(owner))).andExpect(status().isOk());
        mvc.perform(post(issuesUrl).with(signedIn.as(owner)).with(csrf()).param("title", "  ").param("description", "kept"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Title can&#39;t be blank")))
                .andExpect(content().string(containsString(">kept</textarea>")));
    }

    @Test
    void labelsAreCreatedAppliedAndDeletedFromTheirPages() throws Exception {
        mvc.perform(post("/" + project.fullPath() + "/-/labels").with(signedIn.as(owner)).with(csrf())
                .param("title", "bug").param("color", "#d9534f")).andExpect(redirectedUrl("/" + project.fullPath() + "/-/labels"));
        mvc.perform(post("/" + project.fullPath() + "/-/labels").with(signedIn.as(owner)).with(csrf())
                        .param("title", "BUG").param("color", "#d9534f"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("already exists")));
        mvc.perform(post("/" + project.fullPath() + "/-/labels").with(signedIn.as(owner)).with(csrf())
                        .param("title", "x").param("color", "red"))
                .andExpect(content().string(containsString("Color must be a hex color")));
        long labelId = labels.list(owner.asActor(), project.id()).get(0).id();
        IssueView issue = issues.create(owner.asActor(), project.id(), new NewIssue("Labelled", "", false));
        mvc.perform(post(issuesUrl + "/" + issue.iid() + "/labels").with(signedIn.as(owner)).with(csrf())
                .param("labelIds", String.valueOf(labelId))).andExpect(redirectedUrl(issuesUrl + "/" + issue.iid()));
        mvc.perform(get(issuesUrl).param("label_name[]", "bug").with(signedIn.as(owner)))
                .andExpect(content().string(containsString("Labelled")));
        mvc.perform(post("/" + project.fullPath() + "/-/labels/" + labelId + "/delete").with(signedIn.as(owner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(labels.list(owner.asActor(), project.id())).isEmpty();
    }

    @Test
    void assigneesAndMoveWorkFromTheIssuePage() throws Exception {
        UserView dev = fixtures.user("dev");
        fixtures.addMember(owner, project, dev, AccessLevel.DEVELOPER);
        ProjectView target = fixtures.project(owner, Visibility.PRIVATE);
        IssueView issue = issues.create(owner.asActor(), project.id(), new NewIssue("Wander", "", false));
        mvc.perform(post(issuesUrl + "/" + issue.iid() + "/assignees").with(signedIn.as(owner)).with(csrf())
                .param("assigneeIds", String.valueOf(dev.id()))).andExpect(status().is3xxRedirection());
        assertThat(issues.get(owner.asActor(), project.id(), issue.iid()).assigneeIds()).containsExactly(dev.id());
        mvc.perform(get(issuesUrl + "/" + issue.iid()).with(signedIn.as(owner)))
                .andExpect(content().string(containsString(target.fullPath())))
                .andExpect(content().string(containsString("assigned to @" + dev.username())));
        mvc.perform(post(issuesUrl + "/" + issue.iid() + "/move").with(signedIn.as(owner)).with(csrf())
                .param("toProjectId", String.valueOf(target.id())))
                .andExpect(redirectedUrl("/" + target.fullPath() + "/-/issues/1"));
        mvc.perform(get(issuesUrl + "/" + issue.iid()).with(signedIn.as(owner)))
                .andExpect(content().string(containsString("moved to " + target.fullPath() + "#1")))
                .andExpect(content().string(not(containsString("Reopen issue"))));
    }

    @Test
    void groupMembersAreAddedFromTheGroupPage() throws Exception {
        UserView user = fixtures.user("groupie");
        String group = project.fullPath().substring(0, project.fullPath().indexOf('/'));
        mvc.perform(post("/groups/" + group + "/-/group_members").with(signedIn.as(owner)).with(csrf())
                        .param("username", user.username()).param("accessLevel", "30"))
                .andExpect(redirectedUrl("/groups/" + group + "/-/group_members"));
        mvc.perform(get("/groups/" + group + "/-/group_members").with(signedIn.as(owner)))
                .andExpect(content().string(containsString("@" + user.username())));
    }

    @Test
    void thePathCheckSaysWhetherAPathIsFree() throws Exception {
        String group = project.fullPath().substring(0, project.fullPath().indexOf('/'));
        mvc.perform(get("/-/paths/check").param("path", group).with(signedIn.as(owner)))
                .andExpect(jsonPath("$.valid").value(false)).andExpect(jsonPath("$.message", containsString("already been taken")));
        mvc.perform(get("/-/paths/check").param("path", "-nope").with(signedIn.as(owner)))
                .andExpect(jsonPath("$.valid").value(false));
        mvc.perform(get("/-/paths/check").param("path", Fixtures.unique("free")).with(signedIn.as(owner)))
                .andExpect(jsonPath("$.valid").value(true));
        mvc.perform(get("/-/paths/check").param("path", "x")).andExpect(status().isNotFound());
    }

    @Test
    void projectSettingsAreSavedByMaintainers() throws Exception {
        mvc.perform(get("/-/project/" + project.routedPath() + "/edit").with(signedIn.as(owner))).andExpect(status().isOk());
        mvc.perform(post("/-/project/" + project.routedPath() + "/edit").with(signedIn.as(owner)).with(csrf())
                        .param("name", "Renamed").param("description", "d").param("visibility", "public"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is not allowed because the group")));
        mvc.perform(post("/-/project/" + project.routedPath() + "/edit").with(signedIn.as(owner)).with(csrf())
                        .param("name", "Renamed").param("description", "d").param("visibility", "private"))
                .andExpect(redirectedUrl("/" + project.fullPath() + "/edit"));
    }
}
