package nl.schakel.organisation;

import nl.schakel.shared.kalender.Werkdagkalender;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The deployment's one working-day calendar: the holidays of the Algemene termijnenwet and the equated days the
 * platformbeheerder keeps (ADR-0017). Every module that counts a term in working days receives this bean.
 */
@Configuration(proxyBeanMethods = false)
class KalenderConfiguration {

    @Bean
    Werkdagkalender werkdagkalender(KalenderBron bron) {
        return new Werkdagkalender(bron);
    }
}
