package dev.servicedesk.platform;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when the admin configured no database of their own ({@code spring.datasource.url} / {@code SPRING_DATASOURCE_URL}). */
class NoDataSourceUrlCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return Binder.get(context.getEnvironment())
                .bind("spring.datasource.url", String.class)
                .map(String::isBlank)
                .orElse(true);
    }
}
