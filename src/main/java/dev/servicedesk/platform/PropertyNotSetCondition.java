package dev.servicedesk.platform;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the admin left a property empty (in any form: yml, option, environment variable),
 * which is when an embedded stand-in for that service starts.
 */
abstract class PropertyNotSetCondition implements Condition {

    private final String property;

    PropertyNotSetCondition(String property) {
        this.property = property;
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return Binder.get(context.getEnvironment())
                .bind(property, String.class)
                .map(String::isBlank)
                .orElse(true);
    }
}
