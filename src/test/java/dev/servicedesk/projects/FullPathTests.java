package dev.servicedesk.projects;

import dev.servicedesk.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FullPathTests {

    @ParameterizedTest
    @CsvSource({
            "mygroup/myproject, mygroup-myproject",
            "Demo/Web_Site, demo-web-site",
            "a.b/c--d/_e_, a-b-c-d-e",
            "group1/sub.group/project-9, group1-sub-group-project-9"})
    void slugFollowsGitLabsFullPathSlugRule(String path, String slug) {
        assertThat(new FullPath(path).slug()).isEqualTo(slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-start", ".start", "end.", "repo.git", "feed.atom", "sp ace", "sl/", "ü", "a//b"})
    void rejectsPathsGitLabRejects(String path) {
        assertThatThrownBy(() -> new FullPath(path))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Path")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "users", "api", "dashboard", "groups", "assets", "-"})
    void reservesTheApplicationsOwnTopLevelRoutes(String path) {
        assertThatThrownBy(() -> new FullPath(path)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void reservedNamesAreFineBelowTheTopLevel() {
        assertThat(new FullPath("demo/admin").lastSegment()).isEqualTo("admin");
    }
}
