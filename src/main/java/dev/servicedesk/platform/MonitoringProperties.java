package dev.servicedesk.platform;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Who may read the operational endpoints ({@code /actuator/prometheus} and any other exposed one
 * but health): GitLab's {@code monitoring_whitelist}, by default this machine only.
 *
 * @param ipWhitelist addresses or CIDR ranges, e.g. {@code 10.0.0.0/8} for a Prometheus in the cluster
 */
@ConfigurationProperties("servicedesk.monitoring")
public record MonitoringProperties(@DefaultValue({"127.0.0.0/8", "::1/128"}) List<String> ipWhitelist) {

    public MonitoringProperties {
        ipWhitelist = List.copyOf(ipWhitelist);
        // Fails the start with the offending entry rather than at the first scrape.
        ipWhitelist.forEach(IpAddressMatcher::new);
    }

    boolean allows(String remoteAddress) {
        return ipWhitelist.stream().anyMatch(range -> new IpAddressMatcher(range).matches(remoteAddress));
    }
}
