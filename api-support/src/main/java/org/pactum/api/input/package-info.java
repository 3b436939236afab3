/**
 * The input rules every request passes (a 4xx naming the field, never a 5xx, nothing stored): text
 * without NUL or lone surrogates ({@link org.pactum.api.input.Texts}, applied to every JSON body by
 * {@link org.pactum.api.input.BodyTextRules} and to every parameter by {@link
 * org.pactum.api.input.ParameterTextRules}), timestamps within PostgreSQL's range and years 1–9999
 * ({@link org.pactum.api.input.Timestamps}), bounded durations ({@link
 * org.pactum.api.input.Durations}), yes/no query parameters ({@link
 * org.pactum.api.input.QueryFlags}), ids every URL can carry ({@link org.pactum.api.input.Ids}),
 * and request bodies capped after decompression ({@link org.pactum.api.input.BodyLimitFilter}).
 */
package org.pactum.api.input;
