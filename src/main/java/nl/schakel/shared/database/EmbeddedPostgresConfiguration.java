package nl.schakel.shared.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default all-in-one mode: Schakel starts its own PostgreSQL (real binaries from a Maven dependency) when no
 * {@code spring.datasource.url} is given. Data lives in {@code schakel.database.embedded.data-dir} ({@code ./data}
 * by default) and survives restarts; a blank data dir gives a throw-away database for tests.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${schakel.database.embedded.enabled:true}")
class EmbeddedPostgresConfiguration {

    @Bean
    EmbeddedPostgresServer embeddedPostgresServer(
            @Value("${schakel.database.embedded.data-dir:./data}") String dataDir) {
        return dataDir.isBlank()
                ? EmbeddedPostgresServer.sharedThrowAway()
                : EmbeddedPostgresServer.start(Path.of(dataDir).toAbsolutePath().normalize());
    }

    @Bean
    DataSource dataSource(
            EmbeddedPostgresServer server, @Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(EmbeddedPostgresServer.USER);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("schakel-embedded");
        HikariDataSource pool = new HikariDataSource(config);
        server.serves(pool);
        return pool;
    }
}
