package dev.servicedesk.web;

import dev.servicedesk.accounts.RootAccountProperties;
import dev.servicedesk.common.InstanceProperties;
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

    StartupSummary(InstanceProperties instance, RootAccountProperties root) {
        this.instance = instance;
        this.root = root;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void summarize() {
        String rule = "-".repeat(72);
        log.info("\n{}\n  Service Desk is running at {}\n  Sign in at {} as 'root'; the first start wrote the password to\n  {}\n  (or it is the SERVICEDESK_ROOT_PASSWORD you set).\n{}",
                rule, instance.url("/"), instance.url("/users/sign_in"),
                root.initialPasswordFile().toAbsolutePath().normalize(), rule);
    }
}
