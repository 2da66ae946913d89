package nl.schakel.organisation;

/**
 * What the meldprotocol says about the Verwijsindex Risicojongeren (domain spec §1.7, F7; minimum requirement
 * "verwijsindex"): whether the organisation is meldingsbevoegd and may signal, and how.
 *
 * @param magSignaleren whether the organisation may signal in the Verwijsindex
 * @param instructie when and how to signal, or what to do instead
 */
public record Verwijsindexafspraak(boolean magSignaleren, String instructie) {}
