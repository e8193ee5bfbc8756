package dev.servicedesk.web;

import dev.servicedesk.accounts.RootAccountProperties;
import dev.servicedesk.common.InstanceProperties;
import dev.servicedesk.demo.DemoGuide;
import dev.servicedesk.demo.DemoInstructions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The last lines of the start-up log: where to go and how to sign in, in plain words. */
@Component
class StartupSummary {

    private static final Logger log = LoggerFactory.getLogger(StartupSummary.class);

    private final InstanceProperties instance;
    private final RootAccountProperties root;
    private final DemoGuide demo;

    StartupSummary(InstanceProperties instance, RootAccountProperties root, DemoGuide demo) {
        this.instance = instance;
        this.root = root;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void summarize() {
        log.info(text());
    }

    String text() {
        String rule = "-".repeat(72);
        StringBuilder text = new StringBuilder("\n").append(rule)
                .append("\n  Service Desk is running at ").append(instance.url("/"))
                .append("\n  Sign in at ").append(instance.url("/users/sign_in"))
                .append(" as 'root'; the first start wrote the password to\n  ")
                .append(root.initialPasswordFile().toAbsolutePath().normalize())
                .append("\n  (or it is the SERVICEDESK_ROOT_PASSWORD you set).");
        demo.instructions().ifPresent(demo -> appendDemo(text, demo));
        return text.append('\n').append(rule).toString();
    }

    private void appendDemo(StringBuilder text, DemoInstructions demo) {
        text.append("\n\n  Try it: the demo project ").append(instance.url("/" + demo.projectPath() + "/-/issues"))
                .append("\n  (also as 'maintainer', password in ").append(demo.maintainerPasswordFile()).append(')')
                .append("\n  receives mail at ").append(demo.serviceDeskAddress())
                .append("\n  Send it a customer's mail (SMTP ").append(demo.smtpHost()).append(':').append(demo.smtpPort()).append("):")
                .append("\n\n").append(demo.sendMailCommand())
                .append("\n\n  Mails the customer gets: ").append(instance.url("/admin/mail_preview"));
    }
}
