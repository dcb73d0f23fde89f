/**
 * JSON for cptskit with Jackson: {@link io.github.cptskit.json.CptsModule} maps every exported type of
 * cpts-core, cpts-aci and cpts-pathways, losslessly (docs/json.md).
 */
@NullMarked
package io.github.cptskit.json;

import org.jspecify.annotations.NullMarked;
