/**
 * One pagination style for every Pactum list endpoint (DESIGN.md §5): a {@link
 * org.pactum.api.page.PageRequest} parsed from the {@code limit} and {@code next} query parameters
 * against the endpoint's {@link org.pactum.api.page.Paging} (its cursor kind, default and maximum
 * limit), an opaque {@link org.pactum.api.page.Cursor} holding the keyset position of the last item
 * served (encoded by {@link org.pactum.api.page.CursorCodec}), and the answer's shape {@link
 * org.pactum.api.page.Page}: {@code {"<items>": [...], "next": "<cursor>" | null}}. Bad input is a
 * 400 naming {@code limit} or {@code next}. The Confluent-compatible registry keeps Confluent's own
 * {@code offset}/{@code limit} and bare arrays instead.
 */
package org.pactum.api.page;
