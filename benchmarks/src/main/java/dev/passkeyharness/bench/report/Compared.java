package dev.passkeyharness.bench.report;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Places a benchmark method in a comparison: results of one {@code operation} whose parameters agree are compared,
 * each with the operation's {@link Role#BASELINE} and {@link Role#PEER}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Compared {

    String operation();

    Role role();
}
