/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The two Jackson mappers every model value is read and written with, configured once: unknown
 * fields are skipped (a newer CRD must not break an older reader), absent optionals and empty
 * lists and maps are left out of the output, properties keep their declared order, and a scalar
 * of the wrong type is an error rather than silently turned into a string.
 */
public final class ModelMappers {

  private static final JsonMapper JSON = configure(JsonMapper.builder()).build();

  private static final YAMLMapper YAML =
      configure(YAMLMapper.builder())
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
          .build();

  private ModelMappers() {}

  /** The JSON mapper. */
  public static JsonMapper json() {
    return JSON;
  }

  /** The YAML mapper (one document per value). */
  public static YAMLMapper yaml() {
    return YAML;
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
    JsonInclude.Value nonEmpty = JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null);
    return builder
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .changeDefaultPropertyInclusion(
            incl -> incl.withValueInclusion(JsonInclude.Include.NON_ABSENT))
        .withConfigOverride(List.class, o -> o.setInclude(nonEmpty))
        .withConfigOverride(Collection.class, o -> o.setInclude(nonEmpty))
        .withConfigOverride(Set.class, o -> o.setInclude(nonEmpty))
        .withConfigOverride(Map.class, o -> o.setInclude(nonEmpty))
        // A number or boolean where the schema wants a string is an error, as on the API server
        // (`value: true` must be quoted); int-or-string fields read both on purpose.
        .withCoercionConfig(
            LogicalType.Textual,
            c ->
                c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }
}
