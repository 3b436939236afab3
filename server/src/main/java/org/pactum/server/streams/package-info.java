/**
 * The hand-off between the stream validators and the check engine: a closed window becomes a
 * measured run (judged, stored, alerted like any run), and the recorded windows are read back for
 * the streams API and UI.
 */
package org.pactum.server.streams;
