/**
 * A small proof of work on the public forms (ALTCHA's format, verified with its server library): the browser
 * spends a moment of computing in the background before a form counts, which costs a script sending thousands
 * of forms far more than a person sending one. Self-hosted, no third party, nothing for the visitor to do.
 */
@NullMarked
package de.lokalwillkommen.base.proof;

import org.jspecify.annotations.NullMarked;
