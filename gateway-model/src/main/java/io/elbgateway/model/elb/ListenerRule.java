/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A desired listener rule: priority, conditions (ANDed), actions, transforms and tags. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableListenerRule.class)
@JsonDeserialize(as = ImmutableListenerRule.class)
public interface ListenerRule {

  /**
   * The logical key, {@code <listener key>/<route kind>/<route namespace>/<route
   * name>/<rule>/<match>} (see {@link ElbKeys}).
   */
  @JsonProperty("Key")
  String key();

  /** The {@link Listener#key()} of the listener it belongs to. */
  @JsonProperty("ListenerKey")
  String listenerKey();

  /** 1 to 50000, unique per listener; lower is evaluated first. */
  @JsonProperty("Priority")
  int priority();

  @JsonProperty("Conditions")
  List<RuleCondition> conditions();

  @JsonProperty("Actions")
  List<Action> actions();

  @JsonProperty("Transforms")
  List<RuleTransform> transforms();

  /** Tags; written as {@code [{Key, Value}]}. */
  @JsonProperty("Tags")
  @JsonSerialize(using = KeyValueListJson.Serializer.class)
  @JsonDeserialize(using = KeyValueListJson.Deserializer.class)
  Map<String, String> tags();

  /** A builder. */
  static ImmutableListenerRule.Builder builder() {
    return ImmutableListenerRule.builder();
  }
}
