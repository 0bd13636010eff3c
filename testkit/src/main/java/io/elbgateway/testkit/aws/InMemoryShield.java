/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.shield.ShieldClient;
import software.amazon.awssdk.services.shield.model.CreateProtectionRequest;
import software.amazon.awssdk.services.shield.model.CreateProtectionResponse;
import software.amazon.awssdk.services.shield.model.DeleteProtectionRequest;
import software.amazon.awssdk.services.shield.model.DeleteProtectionResponse;
import software.amazon.awssdk.services.shield.model.DescribeProtectionRequest;
import software.amazon.awssdk.services.shield.model.DescribeProtectionResponse;
import software.amazon.awssdk.services.shield.model.ListProtectionsRequest;
import software.amazon.awssdk.services.shield.model.ListProtectionsResponse;
import software.amazon.awssdk.services.shield.model.Protection;

/**
 * An in-memory AWS Shield Advanced behind the SDK's {@link ShieldClient}, for resource
 * protections: CreateProtection (one per resource, {@code ResourceAlreadyExistsException}
 * otherwise; the resource must exist when linked to an {@link InMemoryElbv2}), DeleteProtection,
 * DescribeProtection (by id or resource ARN; {@code ResourceNotFoundException}), ListProtections
 * (paged). A protection vanishes with its load balancer when {@link InMemoryAws} links them. The
 * subscription is not checked. Other operations throw {@link UnsupportedOperationException}.
 * Thread-safe.
 */
public final class InMemoryShield implements ShieldClient {

  private final AwsContext ctx;
  private final ServiceErrors errors = ServiceErrors.SHIELD;
  private final Map<String, Protection> byId = new LinkedHashMap<>();
  private Predicate<String> resourceExists = arn -> true;

  InMemoryShield(AwsContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String serviceName() {
    return SERVICE_NAME;
  }

  /** Nothing to release. */
  @Override
  public void close() {}

  @Override
  public CreateProtectionResponse createProtection(CreateProtectionRequest r) {
    return call("CreateProtection", r, () -> {
      if (r.name() == null || r.name().isEmpty() || r.resourceArn() == null) {
        throw errors.error("InvalidParameterException", "Name and ResourceArn are required");
      }
      if (!resourceExists.test(r.resourceArn())) {
        throw errors.error("ResourceNotFoundException", "Resource " + r.resourceArn() + " does not exist");
      }
      if (byId.values().stream().anyMatch(p -> p.resourceArn().equals(r.resourceArn()))) {
        throw errors.error("ResourceAlreadyExistsException", "Resource " + r.resourceArn() + " is already protected");
      }
      String h = ctx.hex(32);
      String id = h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20) + "-" + h.substring(20);
      byId.put(id, Protection.builder()
          .id(id)
          .name(r.name())
          .resourceArn(r.resourceArn())
          .protectionArn("arn:aws:shield::" + ctx.accountId + ":protection/" + id)
          .build());
      return CreateProtectionResponse.builder().protectionId(id).build();
    });
  }

  @Override
  public DeleteProtectionResponse deleteProtection(DeleteProtectionRequest r) {
    return call("DeleteProtection", r, () -> {
      if (r.protectionId() == null || byId.remove(r.protectionId()) == null) {
        throw errors.error("ResourceNotFoundException", "Protection " + r.protectionId() + " not found");
      }
      return DeleteProtectionResponse.builder().build();
    });
  }

  @Override
  public DescribeProtectionResponse describeProtection(DescribeProtectionRequest r) {
    return call("DescribeProtection", r, () -> {
      if ((r.protectionId() == null) == (r.resourceArn() == null)) {
        throw errors.error("InvalidParameterException", "Specify either ProtectionId or ResourceArn");
      }
      Protection found = r.protectionId() != null
          ? byId.get(r.protectionId())
          : byId.values().stream().filter(p -> p.resourceArn().equals(r.resourceArn())).findFirst().orElse(null);
      if (found == null) {
        throw errors.error("ResourceNotFoundException", "The referenced protection does not exist");
      }
      return DescribeProtectionResponse.builder().protection(found).build();
    });
  }

  @Override
  public ListProtectionsResponse listProtections(ListProtectionsRequest r) {
    return call("ListProtections", r, () -> {
      List<Protection> all = new ArrayList<>(byId.values());
      Pages.Page<Protection> page = Pages.of(all, r.nextToken(), r.maxResults(), 10000, errors, "MaxResults");
      return ListProtectionsResponse.builder().protections(page.items).nextToken(page.nextOrNull()).build();
    });
  }

  void linkResources(Predicate<String> exists) {
    this.resourceExists = exists;
  }

  /** Whether {@code resourceArn} is protected. */
  boolean isProtected(String resourceArn) {
    return byId.values().stream().anyMatch(p -> p.resourceArn().equals(resourceArn));
  }

  /** Drops the protection of a resource that no longer exists. */
  void forget(String resourceArn) {
    byId.values().removeIf(p -> p.resourceArn().equals(resourceArn));
  }

  private <T> T call(String operation, SdkPojo request, Supplier<T> effect) {
    return ctx.gate.call(errors, operation, request, effect);
  }
}
