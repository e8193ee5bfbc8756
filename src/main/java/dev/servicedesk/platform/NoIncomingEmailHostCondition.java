package dev.servicedesk.platform;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when the admin configured no mail server of their own ({@code servicedesk.incoming_email.host}). */
class NoIncomingEmailHostCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return Binder.get(context.getEnvironment())
                .bind("servicedesk.incoming-email.host", String.class)
                .map(String::isBlank)
                .orElse(true);
    }
}
