package org.pactum.lineage.erasure.api;

/** The erasure API's base path; its errors go through the edge ({@code org.pactum.api}). */
final class ErasurePaths {
  static final String REQUESTS = "/api/v1/erasure-requests";

  private ErasurePaths() {}
}
