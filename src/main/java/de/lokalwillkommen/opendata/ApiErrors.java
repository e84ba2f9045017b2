package de.lokalwillkommen.opendata;

import de.lokalwillkommen.base.errors.ErrorId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The open data's failures answer in JSON, as its clients expect: a database outage is 503 with
 * Retry-After (it was a redirect to the staff sign-in), any other failure 500 with an error id for the
 * log, and an address under {@code /api/v1/} that does not exist is 404 (it was the app's HTML page, 200).
 */
@RestControllerAdvice(assignableTypes = {OpenDataController.class, OfficeCalendarFeed.class, ApiErrors.NotFound.class})
class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    /** The body of every failure: a stable code for programs, a sentence for people, an id for the log. */
    record Failure(String error, String message, String id) {
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<Failure> unavailable(RuntimeException e) {
        String id = ErrorId.next();
        LOG.error("Open data unavailable, error {}", id, e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "60")
                .cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
                .body(new Failure("unavailable", "The service is temporarily unavailable. Please try again later.", id));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Failure> failed(RuntimeException e) {
        String id = ErrorId.next();
        LOG.error("Open data failed, error {}", id, e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_JSON)
                .body(new Failure("internal", "Something went wrong on our side.", id));
    }

    /** Every other address under /api/v1: the most general pattern, so the real endpoints win. */
    @RestController
    static class NotFound {

        @RequestMapping("/api/v1/**")
        ResponseEntity<Failure> unknown() {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                    .body(new Failure("not_found", "There is no such address in this API; see /api/v1/offices.", ""));
        }
    }
}
