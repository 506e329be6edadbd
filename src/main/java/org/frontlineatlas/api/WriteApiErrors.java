package org.frontlineatlas.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.frontlineatlas.control.ControlImportApi;
import org.frontlineatlas.events.EditConflictException;
import org.frontlineatlas.input.ImportRejectedException;
import org.frontlineatlas.input.TooLargeInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** One-line JSON errors for the write API and the control-area imports: 400 bad input, 409 edit conflict, 413 too large. */
@RestControllerAdvice(
        assignableTypes = {ArticlesApi.class, EventImportApi.class, EventPinApi.class, ControlImportApi.class})
public class WriteApiErrors {

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<Map<String, Object>> rejected(ImportRejectedException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.getMessage());
        body.put("problems", e.problems());
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> badInput(IllegalArgumentException e) {
        HttpStatus status = e instanceof TooLargeInputException ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
        return error(status, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return error(HttpStatus.BAD_REQUEST, "the request body is not valid JSON of the expected shape");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException e) {
        return error(HttpStatus.BAD_REQUEST, "the request has no '" + e.getRequestPartName() + "' part");
    }

    @ExceptionHandler(EditConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(EditConflictException e) {
        return error(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> denied(AccessDeniedException e) {
        return error(HttpStatus.FORBIDDEN, e.getMessage());
    }

    static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", message));
    }

    /** Upload limits are checked before any controller is chosen, hence a global handler. */
    @RestControllerAdvice
    static class UploadLimits {
        @ExceptionHandler(MaxUploadSizeExceededException.class)
        ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
            return error(HttpStatus.PAYLOAD_TOO_LARGE, "the upload is larger than the 10 MB limit");
        }

        @ExceptionHandler(MultipartException.class)
        ResponseEntity<Map<String, Object>> badMultipart(MultipartException e) {
            return error(HttpStatus.BAD_REQUEST, "the upload could not be read as multipart form data");
        }
    }
}
