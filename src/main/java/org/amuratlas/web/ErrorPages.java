package org.amuratlas.web;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Error pages in the site's layout: a clear message, the right status, never a stack trace. */
public class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String heading, String message);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, "Page not found",
                "There is no page at this address. The record may have a different identifier, or the link may be mistyped.");
    }

    @ServerExceptionMapper
    public Response badRequest(BadRequestException e) {
        String message = e.getMessage() != null && !e.getMessage().startsWith("HTTP 400")
                ? e.getMessage() : "The request could not be understood.";
        return page(400, "Bad request", message);
    }

    @ServerExceptionMapper
    public Response otherHttpError(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            Log.error("Request failed", e);
            return page(500, "Something went wrong", "The page could not be produced. Please try again later.");
        }
        return page(status, e.getResponse().getStatusInfo().getReasonPhrase(), "The request could not be served.");
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        Log.error("Unexpected error", e);
        return page(500, "Something went wrong", "The page could not be produced. Please try again later.");
    }

    private static Response page(int status, String heading, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, heading, message).render()).build();
    }
}
