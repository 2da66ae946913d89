package nl.schakel.veiligthuis.domain;

/**
 * A move of a Veilig Thuis case from one service to the next (Handelingsprotocol Veilig Thuis 2019, domain spec §3.2,
 * §3.7). {@link Dienstverloop} decides which move is allowed from which state; every move of a case goes through it.
 */
public sealed interface Overgang {

    /** The outcome of an advies is recorded. */
    record AdviesAfronden() implements Overgang {}

    /** An advies is turned into a melding, which starts the veiligheidsbeoordeling. */
    record OmzettenInMelding() implements Overgang {}

    /** A besluit is proposed and waits for the gedragswetenschapper (four eyes). */
    record BesluitVoorstellen() implements Overgang {}

    /** The proposed besluit is rejected: the veiligheidsbeoordeling goes on. */
    record BesluitAfwijzen() implements Overgang {}

    /** The proposed besluit is approved and takes effect. */
    record BesluitGoedkeuren(Besluit besluit) implements Overgang {}

    /** Voorwaarden en vervolg: the veiligheidsvoorwaarden are set, the overdracht starts. */
    record NaarOverdracht() implements Overgang {}

    /**
     * The onderzoek is reported: with a follow-up, the overdracht starts (monitoring comes after it); without one,
     * Veilig Thuis ends its involvement.
     */
    record OnderzoekAfronden(boolean vervolg) implements Overgang {}

    /** During an onderzoek, Veilig Thuis asks the Raad voor de Kinderbescherming to investigate. */
    record RaadVragen() implements Overgang {}

    /**
     * The Raad's answer: it investigates (the Raad is then one of the receiving parties of the overdracht), or it does
     * not (Veilig Thuis does the onderzoek itself).
     */
    record RaadAntwoord(boolean onderzoekt) implements Overgang {}

    /** A receiving party accepted responsibility for "zicht op veiligheid". */
    record OverdrachtAanvaard() implements Overgang {}

    /** Monitoring ends with the approved conclusion that safety is stable. */
    record StabieleVeiligheid() implements Overgang {}

    /** A vervolgmelding leads to a new veiligheidsbeoordeling of the case. */
    record NieuweVeiligheidsbeoordeling() implements Overgang {}
}
