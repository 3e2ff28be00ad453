package org.amuratlas.api;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.inject.Stereotype;
import jakarta.transaction.Transactional;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Every resolver of a {@code @GraphQLApi} class runs in a transaction of its own, so its Hibernate session lives
 * exactly as long as the resolver and is closed when it returns.
 * <p>
 * Without it the session would belong to the HTTP request context, which has two faults with SmallRye GraphQL:
 * the nested lists of one query are resolved on several threads at once (a session is not thread-safe), and when a
 * client hangs up before the answer, the request context is never terminated, so its session keeps a pooled
 * connection for ever; a few dozen impatient clients were enough to empty the pool
 * ({@code ConcurrentQueriesTest} measures both).
 */
@Stereotype
@Transactional
@Retention(RUNTIME)
@Target(TYPE)
public @interface ResolverTransactions {
}
