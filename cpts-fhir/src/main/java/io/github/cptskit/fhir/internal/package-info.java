/** Implementation details of cptskit FHIR: not exported, may change in any release. */
@NullMarked
package io.github.cptskit.fhir.internal;

import org.jspecify.annotations.NullMarked;
