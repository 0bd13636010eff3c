/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate;

import io.elbgateway.translate.spi.BackendResolver;
import io.elbgateway.translate.spi.ExtensionRefHandler;
import io.elbgateway.translate.spi.FilterHandler;
import io.elbgateway.translate.spi.PriorityAllocator;
import io.elbgateway.translate.spi.TargetGroupNamer;
import io.elbgateway.translate.spi.TranslatorPlugin;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The handlers a translator uses, looked up by filter type, by referenced group and kind, and by
 * backend group and kind. Registered later wins, so a user's plugin replaces a built-in one.
 */
public final class Plugins {

  private final Map<String, FilterHandler> filters;
  private final Map<String, ExtensionRefHandler> extensions;
  private final Map<String, BackendResolver> backends;
  private final TargetGroupNamer targetGroupNamer;
  private final PriorityAllocator priorityAllocator;

  private Plugins(Builder builder) {
    this.filters = Map.copyOf(builder.filters);
    this.extensions = Map.copyOf(builder.extensions);
    this.backends = Map.copyOf(builder.backends);
    this.targetGroupNamer = builder.targetGroupNamer;
    this.priorityAllocator = builder.priorityAllocator;
  }

  /** The handler of a filter type. */
  public Optional<FilterHandler> filter(String filterType) {
    return Optional.ofNullable(filters.get(filterType));
  }

  /** The handler of ExtensionRefs to a group and kind. */
  public Optional<ExtensionRefHandler> extension(String group, String kind) {
    return Optional.ofNullable(extensions.get(group + "/" + kind));
  }

  /** The resolver of backendRefs of a group and kind. */
  public Optional<BackendResolver> backend(String group, String kind) {
    return Optional.ofNullable(backends.get(group + "/" + kind));
  }

  public TargetGroupNamer targetGroupNamer() {
    return targetGroupNamer;
  }

  public PriorityAllocator priorityAllocator() {
    return priorityAllocator;
  }

  static Builder builder(TargetGroupNamer namer, PriorityAllocator allocator) {
    return new Builder(namer, allocator);
  }

  static final class Builder {
    private final Map<String, FilterHandler> filters = new LinkedHashMap<>();
    private final Map<String, ExtensionRefHandler> extensions = new LinkedHashMap<>();
    private final Map<String, BackendResolver> backends = new LinkedHashMap<>();
    private TargetGroupNamer targetGroupNamer;
    private PriorityAllocator priorityAllocator;

    private Builder(TargetGroupNamer namer, PriorityAllocator allocator) {
      this.targetGroupNamer = namer;
      this.priorityAllocator = allocator;
    }

    Builder add(TranslatorPlugin plugin) {
      plugin.filterHandlers().forEach(this::filter);
      plugin.extensionRefHandlers().forEach(this::extension);
      plugin.backendResolvers().forEach(this::backend);
      return this;
    }

    Builder filter(FilterHandler handler) {
      filters.put(handler.filterType(), handler);
      return this;
    }

    Builder extension(ExtensionRefHandler handler) {
      extensions.put(handler.group() + "/" + handler.kind(), handler);
      return this;
    }

    Builder backend(BackendResolver resolver) {
      backends.put(resolver.group() + "/" + resolver.kind(), resolver);
      return this;
    }

    Builder targetGroupNamer(TargetGroupNamer namer) {
      this.targetGroupNamer = namer;
      return this;
    }

    Builder priorityAllocator(PriorityAllocator allocator) {
      this.priorityAllocator = allocator;
      return this;
    }

    Plugins build() {
      return new Plugins(this);
    }
  }
}
