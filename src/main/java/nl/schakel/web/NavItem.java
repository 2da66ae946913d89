package nl.schakel.web;

/** A link in the main navigation: the path and the message key of its label. */
public record NavItem(String href, String labelKey) {}
