package org.pactum.registry.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.pactum.registry.core.contract.ContractCatalogException;
import org.pactum.registry.core.contract.ContractError;

/**
 * The contract API's refusals → {@code {"error_code", "message"}} (plus {@code problems} for an
 * invalid contract, {@code findings} for an incompatible schema) with the code's HTTP status.
 */
public final class ContractExceptionMapper implements ExceptionMapper<ContractCatalogException> {

  @Override
  public Response toResponse(ContractCatalogException e) {
    boolean lint = e.error() == ContractError.INVALID_CONTRACT;
    return Response.status(e.error().httpStatus())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            new ContractJson.Error(
                e.error().code(),
                e.getMessage(),
                lint ? e.findings() : List.of(),
                lint ? List.of() : e.findings()))
        .build();
  }
}
