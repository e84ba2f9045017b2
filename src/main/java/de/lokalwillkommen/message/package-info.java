/**
 * Messages to an office's team: anyone writes (no account), gets a reference code, and the team works
 * the office's inbox (status, assignment, internal notes). Staff see only their own offices' messages;
 * the text and contact details are erased a set time after a message is closed.
 */
@NullMarked
package de.lokalwillkommen.message;

import org.jspecify.annotations.NullMarked;
