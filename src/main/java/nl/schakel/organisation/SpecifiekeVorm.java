package nl.schakel.organisation;

/**
 * A specific form of violence the meldprotocol gives extra attention (domain spec §1.6, F6; minimum requirement
 * "specifieke vormen"): a code of the code list "vormen van geweld" ({@link Codelijsten}), the expert to consult (LEC
 * Eergerelateerd Geweld, LKHA, CoMensha, JGZ for VGV …) and what the professional does.
 *
 * @param vormCode the code of the code list
 * @param deskundige the expert contact: organisation, phone or website
 * @param instructie what the professional does when a signaal points at this form
 */
public record SpecifiekeVorm(String vormCode, String deskundige, String instructie) {}
