package nl.schakel.keten.federatie;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code schakel.federatie.*} ({@link FederatieInstellingen}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FederatieInstellingen.class)
class FederatieConfiguratie {}
