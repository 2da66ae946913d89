package nl.schakel.reporting.web;

/** A chart on the management page with its title and description (read out by screen readers). */
public record Grafiek(String titel, String uitleg, Staafdiagram staven) {}
