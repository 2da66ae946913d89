package nl.schakel.identity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in PostgreSQL: a session attribute is written with an upsert, so that two requests of one session at the
 * same time (two tabs, a page and its script) that both add the same attribute do not make the second one fail with
 * a duplicate key (a 500 and a stack trace), which the plain insert of Spring Session did.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
