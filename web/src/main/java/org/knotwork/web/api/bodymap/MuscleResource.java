package org.knotwork.web.api.bodymap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.knotwork.bodymap.MuscleCatalogue;

/** The muscle catalogue, for picking a point's muscle and suggesting the one under a tap. */
@Path("muscles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MuscleResource {

    @Inject
    private MuscleCatalogue catalogue;

    @GET
    public List<MuscleView> list() {
        return catalogue.all().stream().map(MuscleView::of).toList();
    }
}
