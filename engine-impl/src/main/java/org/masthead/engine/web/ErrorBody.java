package org.masthead.engine.web;

import java.util.List;

/**
 * The API's error envelope, {@code {"errors":[{"code":"…","message":"…"}]}}.
 *
 * @param errors one or more errors
 */
public record ErrorBody(List<Item> errors) {

    /**
     * One error.
     *
     * @param code    a stable machine-readable code
     * @param message a sentence for people
     */
    public record Item(String code, String message) {
    }

    public static ErrorBody of(String code, String message) {
        return new ErrorBody(List.of(new Item(code, message)));
    }
}
