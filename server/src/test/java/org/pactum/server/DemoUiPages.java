package org.pactum.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * One page of every kind the UI has, on the demo server (ids read from the API): the pages tests
 * check for security headers, and the browser tests load looking for CSP violations.
 */
final class DemoUiPages {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private DemoUiPages() {}

  /** The paths, on the server at {@code url} (http://localhost:port). */
  static List<String> all(String url) throws Exception {
    String incident =
        api(url, "/api/v1/incidents?limit=1").path("incidents").get(0).path("id").asText();
    String erasure =
        api(url, "/api/v1/erasure-requests").path("requests").get(0).path("request_id").asText();
    return List.of(
        "/ui/",
        "/ui/contracts/orders.order_placed",
        "/ui/contracts/orders.order_placed/versions/1",
        "/ui/contracts/orders.order_placed/diff",
        "/ui/runs/demo-orders.order_placed-day-27",
        "/ui/incidents",
        "/ui/incidents?state=open",
        "/ui/incidents/" + incident,
        "/ui/lineage/warehouse/public.orders",
        "/ui/lineage?namespace=warehouse&dataset=mart.daily_revenue",
        "/ui/erasures",
        "/ui/audit",
        "/ui/audit?verify=true",
        "/ui/erasures/" + erasure,
        "/ui/contracts/no.such_contract");
  }

  private static JsonNode api(String url, String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
    }
    return JSON.readTree(r.body());
  }
}
