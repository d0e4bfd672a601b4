package org.knotwork.web.api.charting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The protocol's rules as data, so the browser shows them without keeping a copy of its own. */
@Path("protocol")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProtocolResource {

    @GET
    public ProtocolView read() {
        return ProtocolView.CURRENT;
    }
}
