package dev.servicedesk.demo;

import java.util.Optional;

import dev.servicedesk.demo.internal.DemoSeeder;
import dev.servicedesk.platform.EmbeddedMailServer;
import dev.servicedesk.projects.ProjectService;
import dev.servicedesk.servicedesk.ServiceDeskAddressProperties;
import dev.servicedesk.servicedesk.ServiceDeskService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The demo instructions for the start-up log, on every start while the demo project exists, its
 * Service Desk is on and the embedded mail server receives its mail.
 */
@Service
public class DemoGuide {

    private final ProjectService projects;
    private final ServiceDeskService serviceDesk;
    private final ServiceDeskAddressProperties addresses;
    private final ObjectProvider<EmbeddedMailServer> mailServer;
    private final DemoSeeder seeder;

    DemoGuide(ProjectService projects, ServiceDeskService serviceDesk, ServiceDeskAddressProperties addresses,
              ObjectProvider<EmbeddedMailServer> mailServer, DemoSeeder seeder) {
        this.projects = projects;
        this.serviceDesk = serviceDesk;
        this.addresses = addresses;
        this.mailServer = mailServer;
        this.seeder = seeder;
    }

    public Optional<DemoInstructions> instructions() {
        EmbeddedMailServer server = mailServer.getIfAvailable();
        if (server == null) {
            return Optional.empty();
        }
        return projects.findByFullPath(DemoSeeder.PROJECT_PATH)
                .filter(project -> serviceDesk.isEnabled(project.id()))
                .map(project -> new DemoInstructions(project.fullPath(),
                        addresses.withKey(ServiceDeskService.projectKey(project)),
                        server.host(), server.smtpPort(), seeder.maintainerPasswordFile()));
    }
}
