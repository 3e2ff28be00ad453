package org.amuratlas.web;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.amuratlas.i18n.Language;
import org.amuratlas.i18n.LanguageDecision;
import org.amuratlas.read.InvalidQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Error pages in the site's layout and the reader's language: the right status, never a stack trace. */
public class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String heading, String message);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers, UriInfo uri) {
        AtlasMessages msg = messages(headers, uri);
        return page(404, msg.error_404_heading(), msg.error_404_message(), headers, uri);
    }

    @ServerExceptionMapper
    public Response badRequest(BadRequestException e, HttpHeaders headers, UriInfo uri) {
        AtlasMessages msg = messages(headers, uri);
        String message = e instanceof BadParameter bad ? bad.in(msg)
                : e.getMessage() != null && !e.getMessage().startsWith("HTTP 400") ? e.getMessage()
                : msg.error_400_message();
        return page(400, msg.error_400_heading(), message, headers, uri);
    }

    /** A request the read layer refuses (e.g. an overlong phrase): the reader's mistake, explained. */
    @ServerExceptionMapper
    public Response invalidQuery(InvalidQuery e, HttpHeaders headers, UriInfo uri) {
        return page(400, messages(headers, uri).error_400_heading(), e.getMessage(), headers, uri);
    }

    @ServerExceptionMapper
    public Response otherHttpError(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return serverError(e, headers, uri);
        }
        AtlasMessages msg = messages(headers, uri);
        return page(status, msg.error_other_heading(), msg.error_other_message(), headers, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        return serverError(e, headers, uri);
    }

    private Response serverError(Exception e, HttpHeaders headers, UriInfo uri) {
        Log.error("Request failed", e);
        AtlasMessages msg = messages(headers, uri);
        return page(500, msg.error_500_heading(), msg.error_500_message(), headers, uri);
    }

    private static Response page(int status, String heading, String message, HttpHeaders headers, UriInfo uri) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, heading, message).setLocale(locale(headers, uri)).render()).build();
    }

    private static AtlasMessages messages(HttpHeaders headers, UriInfo uri) {
        return MessageBundles.get(AtlasMessages.class, io.quarkus.qute.i18n.Localized.Literal.of(locale(headers, uri).toLanguageTag()));
    }

    /** The reader's language; an unsupported ?lang= is itself the error being reported, so it falls back to English. */
    private static Locale locale(HttpHeaders headers, UriInfo uri) {
        try {
            return LanguageDecision.decide(uri.getQueryParameters().getFirst("lang"),
                    headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).language().locale();
        } catch (LanguageDecision.UnsupportedLanguage unsupported) {
            return Language.ORIGINAL.locale();
        }
    }
}
