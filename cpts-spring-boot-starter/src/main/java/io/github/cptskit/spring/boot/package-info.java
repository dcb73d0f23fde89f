/**
 * The cptskit Spring Boot starter: auto-configuration of the JSON module, the PostgreSQL event store and
 * its migration, the deadline scheduler in the context's lifecycle, the bundled registries and rules,
 * RFC 9457 problem details, Micrometer metrics and health indicators (docs/host.md).
 */
@NullMarked
package io.github.cptskit.spring.boot;

import org.jspecify.annotations.NullMarked;
