/**
 * Tables of the organisation schema: {@code tenant}, {@code team}, {@code member_setting} and
 * {@code signal_executor} (rule 24's settings), {@code vorm_van_geweld} (the code list).
 */
@NullMarked
package nl.schakel.organisation.persistence;

import org.jspecify.annotations.NullMarked;
