/**
 * The one HTTP edge every module's {@code api} package sits behind (DESIGN.md §2, §5). This package
 * is its vocabulary, which depends on no other: the error body and its codes ({@link
 * org.pactum.api.ErrorMessage}, {@link org.pactum.api.ApiErrors}, {@link org.pactum.api.EdgeCodes},
 * {@link org.pactum.api.ApiDialect}) and {@link org.pactum.api.InvalidInputException}. The generic
 * exception mappers ({@code errors}), the input rules and limits ({@code input}), request ids
 * ({@code request}), browser safety ({@code browser}) and pages ({@code page}) build on it; {@code
 * edge.EdgeBundle} installs them all. Modules keep only their domain exception mappers.
 */
package org.pactum.api;
