package org.masthead.engine.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that receives a file upload: its request body may be as large as the upload limit
 * ({@code masthead.http.max-upload-bytes}) rather than the general body limit.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Upload {
}
