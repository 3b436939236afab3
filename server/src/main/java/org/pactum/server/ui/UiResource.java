package org.pactum.server.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.pactum.server.catalog.ContractCatalog;

/** The stewards' pages under {@code /ui/}. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class UiResource {
  private final ContractCatalog catalog;

  public UiResource(ContractCatalog catalog) {
    this.catalog = catalog;
  }

  @GET
  public Response root() {
    return Response.seeOther(URI.create("/ui/")).build();
  }

  /** Serves {@code /ui} and {@code /ui/}: the contract list. */
  @GET
  @Path("ui")
  public ContractsView contracts() {
    return new ContractsView(catalog.snapshot());
  }
}
