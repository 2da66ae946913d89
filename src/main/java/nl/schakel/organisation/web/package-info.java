/** Admin pages: tenants for the platformbeheerder, teams and members for a beheerder. */
@NullMarked
package nl.schakel.organisation.web;

import org.jspecify.annotations.NullMarked;
