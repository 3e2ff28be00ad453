package org.amuratlas.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.amuratlas.web.HttpCaching;

/**
 * Answers for the open-data files as the other downloads are answered: ETag from the bytes, Last-Modified from the
 * dataset's release, the pages' Cache-Control, and 304 for a matching revalidation.
 */
@ApplicationScoped
class DownloadAnswers {

    @Inject
    HttpCaching caching;

    Response answer(Download download, HttpHeaders request) {
        return answer(download, request, false);
    }

    /** @param perLanguage whether the file's words follow the reader's language (charts), so caches key on it */
    Response answer(Download download, HttpHeaders request, boolean perLanguage) {
        Response.ResponseBuilder response;
        if (caching.notModified(request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), download.etag())) {
            response = Response.notModified();
        } else {
            response = Response.ok(download.body(), download.mediaType());
            if (download.fileName() != null) {
                response.header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
            }
        }
        response.header(HttpHeaders.ETAG, download.etag())
                .header(HttpHeaders.LAST_MODIFIED, caching.lastModified())
                .header(HttpHeaders.CACHE_CONTROL, caching.pageCacheControl());
        if (perLanguage) {
            response.header(HttpHeaders.VARY, "Accept-Language");
        }
        return response.build();
    }
}
