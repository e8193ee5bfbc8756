package dev.servicedesk.platform;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator endpoints: health (with the liveness and readiness probes) for everyone, as load
 * balancers and orchestrators ask without credentials; everything else (metrics for Prometheus)
 * only from the monitoring whitelist, like GitLab's {@code /-/metrics}. Stateless: a scraper
 * never gets a session.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringSecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain monitoringSecurity(HttpSecurity http, MonitoringProperties monitoring) throws Exception {
        http
                .securityMatcher(EndpointRequest.toAnyEndpoint())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .anyRequest().access((authentication, context) ->
                                new AuthorizationDecision(monitoring.allows(context.getRequest().getRemoteAddr()))))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> response.sendError(403))
                        .accessDeniedHandler((request, response, e) -> response.sendError(403)));
        return http.build();
    }
}
