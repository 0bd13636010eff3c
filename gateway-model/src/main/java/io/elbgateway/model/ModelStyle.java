/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of this project: put it on a type (or a package) next to
 * {@code @Value.Immutable}.
 *
 * <p>Accessors keep the names of the fields they model ({@code parentRefs()}, not
 * {@code getParentRefs()}), so a value reads like the Kubernetes object or ELBv2 API shape it stands
 * for. The generated {@code ImmutableX} is public, with a builder ({@code ImmutableX.builder()} or the
 * abstract type's own {@code builder()}) and {@code withX} copy methods. Plural collections get
 * singular adders ({@code addParentRef}). Nulls are rejected; an absent optional field is
 * {@link java.util.Optional#empty()}, an absent list or map is empty.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {},
    init = "*",
    typeAbstract = "*",
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    depluralize = true,
    depluralizeDictionary = {
      "address:addresses",
      "match:matches",
      "status:statuses",
      "alias:aliases",
      "class:classes",
      "hostname:hostnames",
      "queryParam:queryParams",
      "backendRef:backendRefs",
      "parentRef:parentRefs",
      "certificateRef:certificateRefs",
      "caCertificateRef:caCertificateRefs",
      "policy:policies",
      "entry:entries",
      "value:values",
      "index:indexes",
      "targetRef:targetRefs"
    },
    jdkOnly = true,
    optionalAcceptNullable = true,
    defaults = @Value.Immutable(copy = true))
public @interface ModelStyle {}
