package org.knotwork.web.api.client;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.knotwork.platform.Page;

/**
 * The query of the client list. Fields, not method parameters: Payara's OpenAPI scanner fails on constraints that
 * sit on a resource method's query parameters.
 */
public class ClientQuery {

    @QueryParam("q")
    @Size(max = 100, message = "Search text is at most 100 characters.")
    public String nameStart;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "Page starts at 0.")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "Page size is at least 1.")
    @Max(value = Page.MAX_SIZE, message = "Page size is at most 100.")
    public int size;

    /** "true" or "false" only: a "yes" is refused, not read as false. */
    @QueryParam("archived")
    public Boolean includeArchived;

    boolean archived() {
        return Boolean.TRUE.equals(includeArchived);
    }
}
