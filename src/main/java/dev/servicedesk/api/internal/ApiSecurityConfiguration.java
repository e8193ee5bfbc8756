package dev.servicedesk.api.internal;

import java.util.List;

import dev.servicedesk.accounts.PersonalAccessTokenService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /api/**}: stateless, personal access tokens only, no CSRF (no cookies are used), JSON
 * errors. Callers without a token are anonymous and see what the public sees, as on GitLab.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration implements WebMvcConfigurer {

    private final ObjectMapper json;

    ApiSecurityConfiguration(ObjectMapper json) {
        this.json = json;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, PersonalAccessTokenService tokens) throws Exception {
        http
                .securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .addFilterBefore(new TokenAuthenticationFilter(tokens, json), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                ApiErrorResponses.write(json, response, HttpStatus.UNAUTHORIZED, "401 Unauthorized"))
                        .accessDeniedHandler((request, response, e) ->
                                ApiErrorResponses.write(json, response, HttpStatus.FORBIDDEN, "403 Forbidden")));
        return http.build();
    }

    /**
     * GitLab clients address projects by URL-encoded full path ({@code /projects/demo%2Fwebsite}),
     * which Spring Security's firewall rejects by default.
     */
    @Bean
    WebSecurityCustomizer allowEncodedSlashes() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedSlash(true);
        // Tomcat passes %2F through undecoded, so the servlet path holds a literal '%'.
        firewall.setAllowUrlEncodedPercent(true);
        return web -> web.httpFirewall(firewall);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ApiParamsResolver(json));
    }
}
