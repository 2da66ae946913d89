/**
 * Federation between Schakel instances after the Digikoppeling REST-API profile (ADR-0025): mutual TLS, each party
 * known by the OIN in its certificate. Off by default ({@code schakel.federatie.enabled=false}): the all-in-one mode
 * opens no second port and knows no parties.
 *
 * <ul>
 *   <li>{@code FederatieInstellingen}: the settings {@code schakel.federatie.*} (own OIN, address and port of the
 *       federation connector, PKCS12 keystore and truststore, time-outs, the parties), checked at start.
 *   <li>{@code Partij}, {@code Partijen}: the known parties (OIN, name, URL, the Veilig Thuis regions and organisations
 *       each serves, whether it hosts the VT-register); {@code voor(tenant)} finds the remote party serving a tenant.
 *   <li>{@code FederatieConnector}: the second Tomcat connector, TLS 1.3/1.2 with the suites of {@code TlsProfiel},
 *       client certificate required against the truststore; {@code FederatiePoort} keeps {@code /federatie/**} on that
 *       port only and nothing else there.
 *   <li>{@code FederatieBeveiliging}, {@code PartijAuthenticatie}: the stateless security chain of
 *       {@code /federatie/**}; the principal is the {@code Partij} whose OIN is the certificate subject's
 *       {@code serialNumber} ({@code Oin}); an unknown OIN gets 403 and an access-log row
 *       {@code keten.federatie.toegang}. {@code GET|POST /federatie/v1/ping} ({@code FederatiePing}) answers the
 *       caller's OIN.
 *   <li>{@code FederatieClient.post(Partij, pad, json)}: the JDK HTTP client under Spring's {@code RestClient} with
 *       this instance's certificate, checking that the server is the party meant ({@code PartijVertrouwen});
 *       returns every answer as {@code FederatieAntwoord}, throws {@code FederatieOnbereikbaar} (its {@code reden()}
 *       the failure's type name) when none came.
 * </ul>
 */
@NullMarked
package nl.schakel.keten.federatie;

import org.jspecify.annotations.NullMarked;
