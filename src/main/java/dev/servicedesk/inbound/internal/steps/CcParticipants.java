package dev.servicedesk.inbound.internal.steps;

import java.util.List;

import dev.servicedesk.inbound.internal.MailContext;
import dev.servicedesk.issues.ExternalParticipantService;
import dev.servicedesk.issues.OwnAddresses;
import dev.servicedesk.servicedesk.ServiceDeskSettings;
import org.springframework.stereotype.Component;

/**
 * The people in {@code Cc} of a new issue's mail or of a reply join the issue as participants
 * when the project's "add external participants from Cc" is on, never our own addresses.
 */
@Component
class CcParticipants {

    private final ExternalParticipantService participants;
    private final OwnAddresses ownAddresses;

    CcParticipants(ExternalParticipantService participants, OwnAddresses ownAddresses) {
        this.participants = participants;
        this.ownAddresses = ownAddresses;
    }

    void add(MailContext context, long issueId, ServiceDeskSettings settings) {
        if (!settings.addExternalParticipantsFromCc()) {
            return;
        }
        List<String> colleagues = context.mail().cc().stream().filter(address -> !ownAddresses.isOwn(address)).toList();
        participants.add(issueId, context.project().id(), colleagues, true);
    }
}
