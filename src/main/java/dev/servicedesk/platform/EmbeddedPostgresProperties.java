package dev.servicedesk.platform;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded PostgreSQL started when no {@code spring.datasource.url} is configured.
 *
 * @param port     TCP port on 127.0.0.1; 0 picks a free port (the tests do)
 * @param dataDir  data directory, kept between runs
 * @param database name of the application's database inside the server
 */
@Validated
@ConfigurationProperties("servicedesk.embedded.postgres")
public record EmbeddedPostgresProperties(
        @DefaultValue("15432") @Min(0) @Max(65535) int port,
        @DefaultValue("./data/postgres") @NotNull Path dataDir,
        @DefaultValue("servicedesk") @NotBlank String database) {
}
