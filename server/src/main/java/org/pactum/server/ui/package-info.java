/**
 * The stewards' HTML pages under {@code /ui/}: resources and view models rendered by the Freemarker
 * templates of {@code ui-templates}. They read services and core values, never a {@code db}
 * package.
 */
package org.pactum.server.ui;
