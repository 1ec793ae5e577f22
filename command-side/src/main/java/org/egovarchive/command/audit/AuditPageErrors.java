package org.egovarchive.command.audit;

import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.command.web.InvalidInputException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.util.stream.Collectors;

/** Refusals on the audit pages as a page with the same status, not the API's problem JSON. */
@ControllerAdvice(assignableTypes = AuditPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AuditPageErrors {

    @ExceptionHandler(ActRefused.class)
    public ModelAndView refused(ActRefused refused) {
        return page(HttpStatus.valueOf(refused.kind().status()), refused.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    public ModelAndView invalid(InvalidInputException invalid) {
        return page(HttpStatus.BAD_REQUEST, invalid.errors().stream().map(e -> e.field() + "：" + e.message())
                .collect(Collectors.joining("；")));
    }

    private static ModelAndView page(HttpStatus status, String detail) {
        ModelAndView page = new ModelAndView("audit/error", status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        return page;
    }
}
