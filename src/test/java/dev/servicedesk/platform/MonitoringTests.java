package dev.servicedesk.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Health for everyone; Prometheus metrics, mail counters included, only from the monitoring whitelist. */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringTests {

    @Autowired MockMvc mvc;
    @Autowired io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void prometheusScrapesTheMailCountersFromThisMachine() throws Exception {
        // Registered by the first processed mail; here directly, as the inbound tests cover the counting.
        meters.counter("servicedesk.inbound.mails", "outcome", "issue_created");
        mvc.perform(get("/actuator/prometheus").with(from("127.0.0.1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("servicedesk_inbound_mails_total{")))
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
        mvc.perform(get("/actuator/prometheus").with(from("::1")))
                .andExpect(status().isOk());
    }

    @Test
    void prometheusIsForbiddenFromElsewhereButHealthIsOpen() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(from("203.0.113.7")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/health").with(from("203.0.113.7")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("UP")));
        mvc.perform(get("/actuator/health/liveness").with(from("203.0.113.7")))
                .andExpect(status().isOk());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
