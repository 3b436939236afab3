/**
 * The one HTTP edge every module's {@code api} package sits behind (DESIGN.md §2, §5): the error
 * body and its codes ({@link org.pactum.api.ErrorMessage}, {@link org.pactum.api.ApiErrors}), the
 * generic exception mappers, request ids, the input rules and limits every request passes, and the
 * browser-safety filters. {@link org.pactum.api.EdgeBundle} installs it; modules keep only their
 * domain exception mappers.
 */
package org.pactum.api;
