package org.egovarchive.command.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.egovarchive.command.rule.ActRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Every error of the API as a problem detail; a refused request has written nothing. */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Object target = ex.getBindingResult().getTarget();
        List<Problems.FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new Problems.FieldError(jsonName(target, e.getField()), e.getDefaultMessage()))
                .toList();
        String fields = errors.stream().map(Problems.FieldError::field).distinct().collect(Collectors.joining(", "));
        return ResponseEntity.badRequest().body(Problems.invalid("invalid field(s): " + fields, errors));
    }

    /** The name the client wrote: a component's {@code @JsonProperty} where it has one, else the Java name. */
    private static String jsonName(Object target, String field) {
        if (target == null || field.contains(".") || field.contains("[")) {
            return field;
        }
        try {
            JsonProperty property = target.getClass().getDeclaredField(field).getAnnotation(JsonProperty.class);
            return property != null && !property.value().isEmpty() ? property.value() : field;
        } catch (NoSuchFieldException e) {
            return field;
        }
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (causedBy(ex, RequestTooLargeException.class) instanceof RequestTooLargeException tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge.problem());
        }
        if (ex.getCause() instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
            String field = path(invalid);
            String message = invalid.getTargetType() != null && invalid.getTargetType().isEnum()
                    ? "must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants())
                    : "has the wrong format";
            return ResponseEntity.badRequest().body(Problems.invalid(field + " " + message,
                    List.of(new Problems.FieldError(field, message))));
        }
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            return ResponseEntity.badRequest().body(Problems.invalid(field + " has the wrong type",
                    List.of(new Problems.FieldError(field, "has the wrong type"))));
        }
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
                "Malformed request", "the request body is missing or is not well-formed JSON"));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException invalid) {
        return ResponseEntity.badRequest().body(Problems.invalid(invalid.getMessage(), invalid.errors()));
    }

    @ExceptionHandler(ActRefused.class)
    ResponseEntity<ProblemDetail> refused(ActRefused refused) {
        if (refused.kind() == ActRefused.Kind.FORBIDDEN) {
            log.warn("denied ({}): {}", refused.code(), refused.getMessage());
        }
        HttpStatus status = HttpStatus.valueOf(refused.kind().status());
        ProblemDetail problem = Problems.of(status, refused.code(), refused.kind().title(), refused.getMessage());
        refused.details().forEach(problem::setProperty);
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> unknown(AggregateNotFoundException ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND, "not-found",
                "Not found", "no record with id " + ex.getAggregateIdentifier()));
    }

    /** Two writers raced for one aggregate: the event store's unique key let one through. */
    @ExceptionHandler({ConflictingModificationException.class, ConcurrencyException.class, AggregateStreamCreationException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, "version-conflict",
                "Version conflict", "the record was changed by someone else; reload it and try again"));
    }

    /**
     * Anything unexpected. Exception messages here may quote stored payloads (a failed INSERT lists
     * its values), so only the types and places of the cause chain are logged, under an incident id.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        String incident = UUID.randomUUID().toString();
        log.error("incident {}: {}", incident, withoutMessages(ex));
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "the request could not be completed; nothing was written (incident " + incident + ")");
        return ResponseEntity.internalServerError().body(problem);
    }

    static String withoutMessages(Throwable ex) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            StackTraceElement at = t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
            chain.append(chain.isEmpty() ? "" : " <- ").append(t.getClass().getName()).append(at == null ? "" : " at " + at);
        }
        return chain.toString();
    }

    private static String path(JsonMappingException ex) {
        return ex.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static Throwable causedBy(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }
}
