package nl.schakel.shared.kalender;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The deployment's working-day calendar: the holidays of the Algemene termijnenwet plus the equated days set in
 * {@code schakel.termijnen.*} (ISO dates, comma-separated; the Friday after Hemelvaartsdag on by default).
 */
@Configuration(proxyBeanMethods = false)
class KalenderConfiguration {

    @Bean
    Werkdagkalender werkdagkalender(
            @Value("${schakel.termijnen.vrijdag-na-hemelvaart:true}") boolean vrijdagNaHemelvaart,
            @Value("${schakel.termijnen.gelijkgestelde-dagen:}") String gelijkgesteld) {
        Set<LocalDate> dagen = Arrays.stream(gelijkgesteld.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(LocalDate::parse)
                .collect(Collectors.toUnmodifiableSet());
        return new Werkdagkalender(vrijdagNaHemelvaart, dagen);
    }
}
