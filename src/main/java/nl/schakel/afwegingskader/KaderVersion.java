package nl.schakel.afwegingskader;

/**
 * Which kader, in which version, an afweging was answered under; every recorded afweging stores it (style guide
 * D6).
 */
public record KaderVersion(String code, String version) {}
