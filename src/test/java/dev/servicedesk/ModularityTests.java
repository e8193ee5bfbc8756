package dev.servicedesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modulesOnlyUseEachOthersPublicTypesAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void issuesNeverDependOnTheMailModules() {
        var issues = modules.getModuleByName("issues").orElseThrow();
        org.assertj.core.api.Assertions.assertThat(issues.getBootstrapDependencies(modules)
                        .map(module -> module.getName()))
                .doesNotContain("inbound", "outbound");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml();
    }
}
