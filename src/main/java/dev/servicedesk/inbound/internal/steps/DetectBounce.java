package dev.servicedesk.inbound.internal.steps;

import dev.servicedesk.inbound.internal.MailContext;
import dev.servicedesk.inbound.internal.MailStep;
import dev.servicedesk.inbound.internal.StepResult;
import org.springframework.stereotype.Component;

/**
 * Delivery-status reports are bounces (MAIL_SAFETY item 9): never an issue, never a reply. Marking
 * the failed recipient as bouncing is the outbound side's part.
 */
@Component
public class DetectBounce implements MailStep {

    @Override
    public StepResult apply(MailContext context) {
        if (!context.mail().deliveryStatusReport()) {
            return StepResult.next(context);
        }
        return StepResult.ignore(context, "bounce: delivery failed for " + String.join(", ", context.mail().failedRecipients()));
    }
}
