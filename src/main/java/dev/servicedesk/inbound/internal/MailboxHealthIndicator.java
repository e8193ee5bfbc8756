package dev.servicedesk.inbound.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code mailbox} in {@code /actuator/health} (MAIL_SAFETY item 5): DOWN while a mailbox this
 * instance reads cannot be reached, with the mailbox and the error in the details. An instance
 * that is not the leader reads no mailbox and reports UP ("standby").
 */
@Component
class MailboxHealthIndicator implements HealthIndicator {

    private final MailboxListeners listeners;

    MailboxHealthIndicator(MailboxListeners listeners) {
        this.listeners = listeners;
    }

    @Override
    public Health health() {
        boolean down = false;
        Map<String, Object> details = new LinkedHashMap<>();
        for (MailboxListener listener : listeners.listeners()) {
            ImapMailbox.MailboxState state = listener.state();
            Map<String, Object> mailbox = new LinkedHashMap<>();
            mailbox.put("mailbox", state.where());
            if (!listeners.reading() || !state.reading()) {
                mailbox.put("status", "standby");
            } else if (state.up()) {
                mailbox.put("status", "connected");
                mailbox.put("mode", state.idle() ? "idle" : "polling");
            } else if (state.error() == null) {
                mailbox.put("status", "connecting");
            } else {
                down = true;
                mailbox.put("status", "unreachable");
                mailbox.put("error", state.error());
            }
            mailbox.put("since", state.since().toString());
            details.put(listener.name(), mailbox);
        }
        return (down ? Health.down() : Health.up()).withDetails(details).build();
    }
}
