package dev.servicedesk.inbound.internal.steps;

import dev.servicedesk.inbound.internal.MailContext;
import dev.servicedesk.inbound.internal.MailStep;
import dev.servicedesk.inbound.internal.StepResult;
import dev.servicedesk.outbound.SuppressionService;
import org.springframework.stereotype.Component;

/**
 * Delivery-status reports are bounces (MAIL_SAFETY item 9): never an issue, never a reply; the
 * recipients that failed for good are not mailed again.
 */
@Component
public class DetectBounce implements MailStep {

    private final SuppressionService suppressions;

    DetectBounce(SuppressionService suppressions) {
        this.suppressions = suppressions;
    }

    @Override
    public StepResult apply(MailContext context) {
        if (!context.mail().deliveryStatusReport()) {
            return StepResult.next(context);
        }
        // Hard bounces (5.x.x) only: a temporary failure is the mail server's to retry.
        context.mail().failedRecipients().forEach(recipient -> suppressions.suppress(recipient, "bounced: " + context.mail().subject()));
        return StepResult.ignore(context, "bounce: delivery failed for " + String.join(", ", context.mail().failedRecipients()));
    }
}
