package dev.servicedesk.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class GitLabPathForwardingTests {

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
            "/demo/website/-/issues, /-/project/demo~website/issues",
            "/demo/support/website/-/issues/7, /-/project/demo~support~website/issues/7",
            "/demo/website/-/issues/service_desk, /-/project/demo~website/issues/service_desk",
            "/groups/demo/support/-/group_members, /-/group/demo~support/group_members",
            "/-/paths/check, none",
            "/admin/-/users, none",
            "/demo/website, none",
            "/users/sign_in, none"})
    void gitLabUrlsMapToOneSegmentPaths(String url, String expected) {
        assertThat(GitLabPathForwarding.scopedTarget(url)).isEqualTo(expected);
    }
}
