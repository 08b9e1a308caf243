/**
 * The one typed failure of claimcheck: {@link org.claimcheck.error.ClaimcheckException} and its
 * {@link org.claimcheck.error.ClaimcheckException.Kind}.
 *
 * <p>Every core package throws this exception for an expected failure (bad input, an unavailable
 * store, a timeout, an interruption); anything else is a bug. This package depends on nothing else
 * in claimcheck and on no library.
 */
package org.claimcheck.error;
