package dev.servicedesk.outbound.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The unsubscribe URL takes a POST without a CSRF token: that is what one-click unsubscribe
 * (RFC 8058) sends, and the unguessable reply key in the path is what authorises it.
 */
@Configuration(proxyBeanMethods = false)
class UnsubscribeSecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain unsubscribeSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/-/sent_notifications/*/unsubscribe")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
                                + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'")));
        return http.build();
    }
}
