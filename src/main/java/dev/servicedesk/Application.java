package dev.servicedesk;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    static final String HELP = """
            Service Desk: every mail to the support address becomes a confidential issue.

            Usage: java -jar service-desk.jar [--property=value ...]
                   ./mvnw spring-boot:run

            With no configuration it starts an embedded PostgreSQL (data in ./data/postgres)
            and an embedded mail server, and serves http://localhost:8080. Common settings, as --options, environment
            variables or in an application.yml next to the jar:

              --server.port=8080                       HTTP port
              --servicedesk.external-url=URL           URL people use to reach this instance
              --spring.datasource.url=jdbc:postgresql://host:5432/db
                                                       use this PostgreSQL; nothing embedded starts
              --spring.datasource.username=NAME / --spring.datasource.password=SECRET
              --servicedesk.embedded.postgres.port=15432
              --servicedesk.embedded.postgres.data-dir=./data/postgres
              --servicedesk.incoming_email.address=incoming+%{key}@example.com
                                                       Service Desk address pattern (GitLab's key)
              --servicedesk.incoming_email.host=imap.example.com (+ user, password, port, ssl)
                                                       read this IMAP mailbox; without it an embedded
                                                       SMTP (2525) + IMAP (2143) server runs on 127.0.0.1
              --servicedesk.demo.enabled=false         no demo project on the first start
              SERVICEDESK_ROOT_PASSWORD=...            password of 'root' on the first start
                                                       (otherwise generated, see ./data/initial_root_password)
              SERVICEDESK_ROOT_TOKEN=...               an 'api' token for root, for automation
                                                       (curl -H "PRIVATE-TOKEN: ..." .../api/v4/user)

            Every key is described in docs/configuration.md.
            """;

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            System.out.print(HELP);
            return;
        }
        // Jakarta Mail looks its stream provider up with a ServiceLoader scan of every jar for each
        // message, multipart and header block it builds (a tenth of the CPU of working a mail);
        // naming the provider replaces the scan with one class lookup.
        if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
            System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        }
        SpringApplication.run(Application.class, args);
    }
}
