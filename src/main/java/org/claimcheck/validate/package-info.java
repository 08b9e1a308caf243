/**
 * Checking facts against the bundled SHACL shapes: the facade {@link
 * org.claimcheck.validate.FactValidator}, its results ({@link
 * org.claimcheck.validate.ValidationResult}, {@link org.claimcheck.validate.Violation}) and their
 * plain-text rendering ({@link org.claimcheck.validate.ValidationText}).
 *
 * <p>Depends on {@code store}, {@code io} (the bundled shapes, positions in files), {@code work},
 * {@code error}, {@code claimsjson} (the notes a claims file's reading left, which {@code validate}
 * prints) and Jena; must not depend on {@code cli}.
 */
package org.claimcheck.validate;
