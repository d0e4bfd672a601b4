package org.knotwork.web.api.client;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.knotwork.client.Contraindication;

/** The coded list of contraindications and precautions that intake offers. */
@Path("contraindications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContraindicationResource {

    @GET
    public List<ContraindicationView> list() {
        return Arrays.stream(Contraindication.values())
                .map(ContraindicationView::of)
                .toList();
    }
}
